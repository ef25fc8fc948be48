package io.github.influxauth.output;

import io.github.influxauth.model.Permission;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An InfluxDB 3 token's permissions grouped back the way influxdb3 writes them: one grant per
 * resource type and set of actions, naming its resources ({@code db:sensors,metrics:read,write}),
 * in the order they first appear. Returns raw server text: callers escape it.
 */
final class V3Grants {

    /** @param names the resources' names; {@code *} for every resource of the type */
    record Grant(String type, List<String> names, List<String> actions) {
        /** influxdb3's own form: {@code db:sensors,metrics:read,write}. */
        String influxdb3() {
            return type + ":" + String.join(",", names) + ":" + String.join(",", actions);
        }

        /** {@code read,write db/sensors,metrics}. */
        String readable() {
            return String.join(",", actions) + " " + type + "/" + String.join(",", names);
        }
    }

    private V3Grants() {}

    static boolean isAdmin(List<Permission> permissions) {
        for (Permission p : permissions) {
            if (p.isEverything()) {
                return true;
            }
        }
        return false;
    }

    static List<Grant> of(List<Permission> permissions) {
        Map<List<String>, List<String>> actionsByResource = new LinkedHashMap<>();
        for (Permission p : permissions) {
            List<String> actions = actionsByResource.computeIfAbsent(
                    List.of(p.resource().type(), PermissionText.reference(p.resource())), k -> new ArrayList<>());
            if (!actions.contains(p.action())) {
                actions.add(p.action());
            }
        }
        Map<List<String>, List<String>> namesByTypeAndActions = new LinkedHashMap<>();
        for (var resource : actionsByResource.entrySet()) {
            List<String> actions = resource.getValue();
            actions.sort(PermissionText::compareActions);
            List<String> key = new ArrayList<>(actions);
            key.add(0, resource.getKey().get(0));
            namesByTypeAndActions
                    .computeIfAbsent(List.copyOf(key), k -> new ArrayList<>())
                    .add(resource.getKey().get(1));
        }
        List<Grant> grants = new ArrayList<>();
        for (var group : namesByTypeAndActions.entrySet()) {
            List<String> key = group.getKey();
            grants.add(new Grant(key.get(0), group.getValue(), key.subList(1, key.size())));
        }
        return grants;
    }
}
