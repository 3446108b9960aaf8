package dev.jetpod.api.meta;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * metav1.TableRow. {@code cells} hold one JSON scalar per column (string, integer, number or boolean), which is
 * how Kubernetes defines them ({@code []interface{}}). {@code object} is the row's object as requested by
 * {@code includeObject}: by default a {@link PartialObjectMetadata}, which feeds kubectl's NAMESPACE column and
 * {@code --show-labels}; a JSON tree because it may also be a whole object of any kind.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record TableRow(@JsonInclude(JsonInclude.Include.NON_NULL) List<Object> cells, List<TableRowCondition> conditions, JsonNode object) {
}
