package works.async.plugin.pagemacro;

import java.util.Map;

/**
 * One macro as it stands in a saved page: its name, the id Confluence keeps in its {@code ac:macro-id} attribute
 * (null when the page has none), its parameters as typed, and its body in storage format.
 */
public record MacroOccurrence(String name, String macroId, Map<String, String> parameters, String body) {

    public MacroOccurrence {
        name = name == null ? "" : name;
        parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
        body = body == null ? "" : body;
    }
}
