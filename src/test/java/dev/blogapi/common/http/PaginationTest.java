package dev.blogapi.common.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.blogapi.common.error.InvalidRequestException;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Proxy;
import java.net.URI;
import org.junit.jupiter.api.Test;

class PaginationTest {

    @Test
    void countsPagesRoundingUp() {
        assertEquals(0, Pagination.totalPages(0, 20));
        assertEquals(1, Pagination.totalPages(1, 20));
        assertEquals(1, Pagination.totalPages(20, 20));
        assertEquals(2, Pagination.totalPages(21, 20));
    }

    @Test
    void readsWholeNumbersInRangeAndFallsBackWhenAbsent() {
        assertEquals(7, Pagination.intParameter("page", " 7 ", 1, 100, 1));
        assertEquals(1, Pagination.intParameter("page", null, 1, 100, 1));
        for (String bad : new String[] {"0", "101", "1.5", "x", ""}) {
            InvalidRequestException e =
                    assertThrows(
                            InvalidRequestException.class,
                            () -> Pagination.intParameter("page", bad, 1, 100, 1));
            assertEquals(
                    "page: must be a whole number from 1 to 100, got '" + bad + "'",
                    e.getMessage());
        }
    }

    @Test
    void linksLeaveOutParametersNoReadTakes() {
        String links =
                Pagination.linkHeader(
                        uri("http://h/api/v1/posts?v=17&category=tools&utm_source=x&page=2"),
                        2,
                        10,
                        2);
        assertEquals(
                "<http://h/api/v1/posts?category=tools&page=1&size=10>; rel=\"first\", "
                        + "<http://h/api/v1/posts?category=tools&page=1&size=10>; rel=\"prev\", "
                        + "<http://h/api/v1/posts?category=tools&page=2&size=10>; rel=\"last\"",
                links);
    }

    @Test
    void linksFirstPrevNextAndLastKeepingOtherParameters() {
        String links =
                Pagination.linkHeader(
                        uri("http://h/api/v1/posts?category=tools&page=2&size=10"), 2, 10, 3);
        assertEquals(
                "<http://h/api/v1/posts?category=tools&page=1&size=10>; rel=\"first\", "
                        + "<http://h/api/v1/posts?category=tools&page=1&size=10>; rel=\"prev\", "
                        + "<http://h/api/v1/posts?category=tools&page=3&size=10>; rel=\"next\", "
                        + "<http://h/api/v1/posts?category=tools&page=3&size=10>; rel=\"last\"",
                links);
    }

    @Test
    void aPagePastTheEndPointsBackToTheLastOne() {
        String links = Pagination.linkHeader(uri("http://h/p?page=9"), 9, 20, 2);
        assertEquals(
                "<http://h/p?page=1&size=20>; rel=\"first\", "
                        + "<http://h/p?page=2&size=20>; rel=\"prev\", "
                        + "<http://h/p?page=2&size=20>; rel=\"last\"",
                links);
    }

    private static UriInfo uri(String requestUri) {
        return (UriInfo)
                Proxy.newProxyInstance(
                        UriInfo.class.getClassLoader(),
                        new Class<?>[] {UriInfo.class},
                        (proxy, method, args) -> {
                            if (method.getName().equals("getRequestUriBuilder")) {
                                return UriBuilder.fromUri(URI.create(requestUri));
                            }
                            throw new UnsupportedOperationException(method.getName());
                        });
    }
}
