// Mirrors com.atlassian.confluence.content.render.xhtml.storage.macro.MacroId (a class), only the members used:
// static fromString(String) and getId(). Verified for 8.7.2.
// File read: ngannk-fptu/Decompiled-Files com.atlassian.confluence_confluence-8.7.2/com/atlassian/confluence/content/render/xhtml/storage/macro/MacroId.java
package com.atlassian.confluence.content.render.xhtml.storage.macro;

/** The id Confluence keeps in a structured macro's ac:macro-id attribute. */
public class MacroId {

    private final String macroId;

    private MacroId(String macroId) {
        this.macroId = macroId;
    }

    public static MacroId fromString(String macroId) {
        return new MacroId(macroId);
    }

    public String getId() {
        return macroId;
    }
}
