package id.sinergi.program.domain;

import java.util.Set;

/** Who makes a transition: a member of staff with the roles of their token, or program-service itself. */
public record Actor(String name, Set<String> roles, boolean system) {

    public static final Actor SYSTEM = new Actor("system", Set.of(), true);

    public static Actor person(String name, Set<String> roles) {
        return new Actor(name, Set.copyOf(roles), false);
    }

    public boolean mayMake(Transition<?> transition) {
        return transition.bySystem() ? system : !system && transition.roles().stream().anyMatch(roles::contains);
    }
}
