package id.sinergi.program.service;

import id.sinergi.program.domain.Actor;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The member of staff making the current request, as the state machines see them. */
@ApplicationScoped
public class Actors {

    @Inject
    SecurityIdentity identity;

    public Actor current() {
        return Actor.person(identity.getPrincipal().getName(), identity.getRoles());
    }
}
