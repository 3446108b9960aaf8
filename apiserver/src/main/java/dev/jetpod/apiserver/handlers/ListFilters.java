package dev.jetpod.apiserver.handlers;

import dev.jetpod.api.errors.ApiException;
import dev.jetpod.api.fields.FieldSelector;
import dev.jetpod.api.labels.InvalidSelectorException;
import dev.jetpod.api.labels.Selector;
import dev.jetpod.api.meta.KubeObject;
import dev.jetpod.api.scheme.TypeRules;
import dev.jetpod.apiserver.storage.ObjectFilter;

/**
 * Compiles a request's {@code labelSelector} and {@code fieldSelector} into one {@link ObjectFilter}. Field
 * selectors may only name the keys the type's rules expose; anything unparsable or unsupported is a 400 with the
 * parser's message (e.g. {@code field label not supported: spec.foo}).
 */
final class ListFilters {
    private ListFilters() {
    }

    static <T extends KubeObject<T>> ObjectFilter<T> compile(ResourceCall<T> call) {
        return compile(call.resource().admission().rules(), call.query("labelSelector"), call.query("fieldSelector"));
    }

    static <T extends KubeObject<T>> ObjectFilter<T> compile(TypeRules<T> rules, String labelSelector, String fieldSelector) {
        Selector labels;
        FieldSelector fields;
        try {
            labels = labelSelector == null || labelSelector.isBlank() ? Selector.everything() : Selector.parse(labelSelector);
            fields = fieldSelector == null || fieldSelector.isBlank() ? FieldSelector.everything()
                    : FieldSelector.parse(fieldSelector).ensureSupported(rules.fieldSelectorKeys());
        } catch (InvalidSelectorException e) {
            throw ApiException.badRequest(e.getMessage());
        }
        if (labels.isEverything() && fields.isEverything()) {
            return ObjectFilter.everything();
        }
        return o -> labels.matches(o.metadata().labelsOrEmpty()) && (fields.isEverything() || fields.matches(rules.fieldLabels(o)));
    }
}
