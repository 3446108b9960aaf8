package dev.jetpod.jctl.print;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jetpod.api.meta.ObjectMeta;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Table layout as kubectl's tab writers do it: get (padding 3, min width 6) and describe (Go column blocks). */
class TableLayoutTest {
    static final HumanTable PODS = new HumanTable(
            List.of(Column.of("NAME"), Column.of("READY"), Column.of("STATUS"), Column.wide("IP")),
            List.of(new Row(List.of("web", "1/1", "Running", "10.0.0.1"), ObjectMeta.named("default", "web").withLabels(Map.of("b", "2", "a", "1"))),
                    new Row(List.of("database-0", "0/1", "Pending", "<none>"), ObjectMeta.named("prod", "database-0"))));

    private static String render(TableOptions o) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        new TableRenderer(o).print(PODS, new PrintStream(b, true, StandardCharsets.UTF_8));
        return b.toString(StandardCharsets.UTF_8);
    }

    @Test
    void defaultColumnsPaddedByThreeLastNotPadded() {
        assertEquals("""
                NAME         READY   STATUS
                web          1/1     Running
                database-0   0/1     Pending
                """, render(TableOptions.DEFAULT));
    }

    @Test
    void wideNamespaceLabelsAndNoHeaders() {
        assertEquals("""
                NAMESPACE   NAME         READY   STATUS    IP         LABELS
                default     web          1/1     Running   10.0.0.1   a=1,b=2
                prod        database-0   0/1     Pending   <none>     <none>
                """, render(new TableOptions(true, true, true, List.of(), false)));
        assertEquals("""
                web          1/1   Running   1
                database-0   0/1   Pending  \s
                """, render(new TableOptions(false, false, false, List.of("a"), true)));
    }

    @Test
    void goStyleColumnBlocks() {
        TabWriter w = new TabWriter(0, 2);
        w.line("Name:\tweb");
        w.line("Namespace:\tdefault");
        w.line("Labels:\ta=1");
        w.line("\tb=2");
        w.line("Containers:");
        w.line("  web:");
        w.line("    Image:\tnginx");
        w.line("    Restart Count:\t0");
        assertEquals("""
                Name:       web
                Namespace:  default
                Labels:     a=1
                            b=2
                Containers:
                  web:
                    Image:          nginx
                    Restart Count:  0
                """, w.flush());
    }
}
