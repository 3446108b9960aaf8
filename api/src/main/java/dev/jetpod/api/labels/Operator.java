package dev.jetpod.api.labels;

/** selection.Operator of label selectors, with the text each has in a selector string. */
public enum Operator {
    EQUALS("="),
    DOUBLE_EQUALS("=="),
    NOT_EQUALS("!="),
    IN("in"),
    NOT_IN("notin"),
    EXISTS("exists"),
    DOES_NOT_EXIST("!"),
    GREATER_THAN("gt"),
    LESS_THAN("lt");

    private final String text;

    Operator(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }
}
