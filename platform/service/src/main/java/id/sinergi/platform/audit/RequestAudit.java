package id.sinergi.platform.audit;

import jakarta.enterprise.context.RequestScoped;

/** The action of the current write request, named by {@link AuditActionFilter}. */
@RequestScoped
public class RequestAudit {

    private String action;

    String action() {
        return action;
    }

    void action(String action) {
        this.action = action;
    }
}
