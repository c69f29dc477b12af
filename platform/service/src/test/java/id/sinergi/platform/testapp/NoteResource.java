package id.sinergi.platform.testapp;

import id.sinergi.platform.auth.Roles;
import id.sinergi.platform.concurrency.ETags;
import id.sinergi.platform.error.Problems;
import id.sinergi.platform.idempotency.Idempotent;
import id.sinergi.platform.outbox.Outbox;
import id.sinergi.platform.paging.Page;
import id.sinergi.platform.paging.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.Map;
import java.util.UUID;

/** Test-only resource: one write of each kind the platform supports. */
@Path("/notes")
@RolesAllowed(Roles.LAPAS_REGISTRAR)
public class NoteResource {

    public record NoteRequest(@NotBlank @Size(max = 100) String text, @NotNull Note.Colour colour) {
    }

    public record NoteView(UUID id, String text, Note.Colour colour, long version) {
        static NoteView of(Note note) {
            return new NoteView(note.id, note.text, note.colour, note.version);
        }
    }

    @Inject
    Outbox outbox;

    @POST
    @Idempotent
    @Transactional
    public Response create(@Valid @NotNull NoteRequest request) {
        Note note = new Note();
        note.id = UUID.randomUUID();
        note.text = request.text();
        note.colour = request.colour();
        note.persist();
        outbox.record("note.created", note.id.toString(), Map.of("id", note.id, "text", note.text));
        note.flush();
        return Response.created(URI.create("/notes/" + note.id)).tag(ETags.of(note.version)).entity(NoteView.of(note)).build();
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") UUID id) {
        Note note = find(id);
        return Response.ok(NoteView.of(note)).tag(ETags.of(note.version)).build();
    }

    @GET
    public Page<NoteView> list(@BeanParam @Valid PageRequest page) {
        var query = Note.<Note>findAll(io.quarkus.panache.common.Sort.by("id"));
        return new Page<>(query.page(page.page, page.size).list(), page.page, page.size, query.count()).map(NoteView::of);
    }

    @PUT
    @Path("{id}")
    @Transactional
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid @NotNull NoteRequest request) {
        Note note = find(id);
        ETags.requireMatch(ifMatch, note.version);
        note.text = request.text();
        note.colour = request.colour();
        outbox.record("note.updated", note.id.toString(), Map.of("id", note.id, "text", note.text));
        note.flush();
        return Response.ok(NoteView.of(note)).tag(ETags.of(note.version)).build();
    }

    private static Note find(UUID id) {
        Note note = Note.findById(id);
        if (note == null) {
            throw Problems.notFound("note", id);
        }
        return note;
    }
}
