// Mirrors com.opensymphony.module.propertyset.PropertySet (OpenSymphony propertyset 1.3; an interface).
// Source: ../shared/ATLASSIAN-API.md (Jira table, "PropertySet": interface, propertyset 1.3, only passed through;
// the Confluence 8.7.2 install decompiled there ships opensymphony_propertyset-1.3). Certainty: likely.
// No members: the plugin only receives it in Validator/Condition and never reads it.
// File read: ngannk-fptu/Decompiled-Files opensymphony_propertyset-1.3-21Nov03/com/opensymphony/module/propertyset/PropertySet.java
package com.opensymphony.module.propertyset;

/** A workflow entry's persistent properties (unused by the plugin). */
public interface PropertySet {
}
