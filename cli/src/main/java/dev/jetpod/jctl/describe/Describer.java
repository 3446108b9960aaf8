package dev.jetpod.jctl.describe;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Writes one kind's kubectl-like description: its sections, then (the caller adds) its Events. */
public interface Describer {
    void describe(ObjectNode object, DescribeContext ctx, DescribeWriter w);
}
