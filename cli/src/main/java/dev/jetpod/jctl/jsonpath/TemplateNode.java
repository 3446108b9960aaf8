package dev.jetpod.jctl.jsonpath;

import java.util.List;

/** The parsed pieces of a template: text, expressions in braces, quoted literals, and range blocks. */
sealed interface TemplateNode {
    record Text(String text) implements TemplateNode {
    }

    record Literal(String text) implements TemplateNode {
    }

    record Expression(List<Step> steps) implements TemplateNode {
    }

    record Range(List<Step> steps, List<TemplateNode> body) implements TemplateNode {
    }
}
