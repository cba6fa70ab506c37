// Mirrors com.atlassian.confluence.xhtml.api.MacroDefinition (a class), only the member used:
// getMacroIdentifier() (java.util.Optional<MacroId>), the id stored as the macro's ac:macro-id. Verified for 8.7.2.
// File read: ngannk-fptu/Decompiled-Files com.atlassian.confluence_confluence-8.7.2/com/atlassian/confluence/xhtml/api/MacroDefinition.java
package com.atlassian.confluence.xhtml.api;

import com.atlassian.confluence.content.render.xhtml.storage.macro.MacroId;
import java.util.Optional;

/** A macro as stored in a page: name, parameters, body and id. */
public class MacroDefinition {

    public Optional<MacroId> getMacroIdentifier() {
        throw new UnsupportedOperationException("stand-in");
    }
}
