// Mirrors https://docs.atlassian.com/activeobjects-plugin-parent-pom/2.0.1-0fc30df/xref/com/atlassian/activeobjects/external/ModelVersion.html
// A small final value class, so this stand-in implements the real behaviour instead of throwing:
// an integer version, null parses to 0, ordering by number. Like the real class it does not
// override equals/hashCode (compare with isSame / compareTo).
package com.atlassian.activeobjects.external;

/** The version number of a plugin's Active Objects model. */
public final class ModelVersion implements Comparable<ModelVersion> {

    private final int version;

    private ModelVersion(int version) {
        this.version = version;
    }

    @Override
    public int compareTo(ModelVersion other) {
        return Integer.compare(version, other.version);
    }

    public boolean isOlderThan(ModelVersion other) {
        return compareTo(other) < 0;
    }

    public boolean isNewerThan(ModelVersion other) {
        return compareTo(other) > 0;
    }

    public boolean isSame(ModelVersion other) {
        return compareTo(other) == 0;
    }

    @Override
    public String toString() {
        return Integer.toString(version);
    }

    /** Parses a decimal version; {@code null} means version 0 (no upgrade has run yet). */
    public static ModelVersion valueOf(String s) {
        return new ModelVersion(s == null ? 0 : Integer.parseInt(s));
    }
}
