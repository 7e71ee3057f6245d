package io.dbarch.knowledge.lint.rules;

import io.dbarch.knowledge.schema.QualifiedName;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Tarjan's strongly connected components, iterative (no recursion depth tied to input size). */
final class StronglyConnected {

    private final Map<QualifiedName, List<QualifiedName>> edges;
    private final Map<QualifiedName, Integer> index = new HashMap<>();
    private final Map<QualifiedName, Integer> low = new HashMap<>();
    private final Deque<QualifiedName> stack = new ArrayDeque<>();
    private final Set<QualifiedName> onStack = new java.util.HashSet<>();
    private final List<Set<QualifiedName>> components = new ArrayList<>();

    StronglyConnected(Map<QualifiedName, List<QualifiedName>> edges) {
        this.edges = edges;
    }

    List<Set<QualifiedName>> components() {
        for (QualifiedName start : edges.keySet()) {
            if (!index.containsKey(start)) {
                visit(start);
            }
        }
        return components;
    }

    private void visit(QualifiedName start) {
        Deque<Object[]> work = new ArrayDeque<>();
        open(start);
        work.push(new Object[] {start, 0});
        while (!work.isEmpty()) {
            Object[] frame = work.peek();
            QualifiedName v = (QualifiedName) frame[0];
            int next = (Integer) frame[1];
            List<QualifiedName> out = edges.getOrDefault(v, List.of());
            if (next < out.size()) {
                frame[1] = next + 1;
                QualifiedName w = out.get(next);
                if (!index.containsKey(w)) {
                    open(w);
                    work.push(new Object[] {w, 0});
                } else if (onStack.contains(w)) {
                    low.put(v, Math.min(low.get(v), index.get(w)));
                }
                continue;
            }
            work.pop();
            if (!work.isEmpty()) {
                QualifiedName parent = (QualifiedName) work.peek()[0];
                low.put(parent, Math.min(low.get(parent), low.get(v)));
            }
            if (low.get(v).equals(index.get(v))) {
                Set<QualifiedName> component = new LinkedHashSet<>();
                QualifiedName w;
                do {
                    w = stack.pop();
                    onStack.remove(w);
                    component.add(w);
                } while (!w.equals(v));
                components.add(component);
            }
        }
    }

    private void open(QualifiedName v) {
        index.put(v, index.size());
        low.put(v, index.get(v));
        stack.push(v);
        onStack.add(v);
    }
}
