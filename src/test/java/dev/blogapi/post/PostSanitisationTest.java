package dev.blogapi.post;

import static dev.blogapi.Api.anonymous;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** What a writer sends is cleaned before anyone reads it, whether HTML or Markdown. */
@QuarkusTest
class PostSanitisationTest {

    @Test
    void storesOnlySanitisedHtml() {
        String id =
                TestPosts.published("xss")
                        .with(
                                "contentHtml",
                                "<p onmouseover=\"x()\">Hello <a href=\"javascript:alert(1)\">there</a></p>"
                                        + "<script>document.cookie</script><pre>a &lt; b &amp;&amp; c</pre>")
                        .create()
                        .getString("id");
        anonymous()
                .get("/api/v1/posts/{id}", id)
                .then()
                .statusCode(200)
                .body(
                        "contentHtml",
                        equalTo("<p>Hello <a>there</a></p><pre>a &lt; b &amp;&amp; c</pre>"))
                .body("excerpt", equalTo("Hello there a < b && c"));
    }

    @Test
    void sanitisesRawHtmlInsideMarkdown() {
        String id =
                TestPosts.published("md-xss")
                        .with("contentHtml", null)
                        .with(
                                "contentMarkdown",
                                "Hi <img src=\"x.png\" onerror=\"alert(1)\"> [x](javascript:alert(1))")
                        .create()
                        .getString("id");
        anonymous()
                .get("/api/v1/posts/{id}", id)
                .then()
                .statusCode(200)
                .body("contentHtml", not(containsString("onerror")))
                .body("contentHtml", not(containsString("javascript:")))
                .body("contentHtml", containsString("<img src=\"x.png\">"));
    }
}
