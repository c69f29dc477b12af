package id.sinergi.platform;

import id.sinergi.platform.paging.Page;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PageTest {

    @Test
    void theTotalIsCountedBeforeTheItemsAreRead() {
        List<String> calls = new ArrayList<>();
        Page<String> page = Page.of(query(calls, 1, List.of("only")), 0, 20);

        assertThat(calls).containsExactly("count", "page", "list");
        assertThat(page.items()).containsExactly("only");
        assertThat(page.total()).isEqualTo(1);
    }

    @Test
    void theTotalIsNeverBelowWhatThePageShows() {
        // A row committed between the count and the read: the page shows it, and counts it.
        Page<String> page = Page.of(query(new ArrayList<>(), 20, List.of("late")), 1, 20);

        assertThat(page.total()).isEqualTo(21);
    }

    @Test
    void aPagePastTheEndKeepsTheCountedTotal() {
        Page<String> page = Page.of(query(new ArrayList<>(), 3, List.of()), 5, 20);

        assertThat(page.items()).isEmpty();
        assertThat(page.total()).isEqualTo(3);
    }

    @SuppressWarnings("unchecked")
    private static PanacheQuery<String> query(List<String> calls, long count, List<String> items) {
        return (PanacheQuery<String>) Proxy.newProxyInstance(PageTest.class.getClassLoader(), new Class<?>[] {PanacheQuery.class},
                (proxy, method, args) -> {
                    calls.add(method.getName());
                    return switch (method.getName()) {
                        case "count" -> count;
                        case "page" -> proxy;
                        case "list" -> items;
                        default -> throw new UnsupportedOperationException(method.getName());
                    };
                });
    }
}
