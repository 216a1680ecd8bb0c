package dev.blogapi.smoke;

import dev.blogapi.client.ApiClient;
import dev.blogapi.client.ApiException;
import dev.blogapi.client.api.AuthorsApi;
import dev.blogapi.client.api.CategoriesApi;
import dev.blogapi.client.api.FeedsApi;
import dev.blogapi.client.api.MediaApi;
import dev.blogapi.client.api.MigrationApi;
import dev.blogapi.client.api.PostsApi;
import dev.blogapi.client.api.PreviewsApi;
import dev.blogapi.client.api.TokensApi;
import dev.blogapi.client.model.Category;
import dev.blogapi.client.model.CategoryInput;
import dev.blogapi.client.model.Export;
import dev.blogapi.client.model.FeaturedImage;
import dev.blogapi.client.model.ImportReport;
import dev.blogapi.client.model.Media;
import dev.blogapi.client.model.MintedPreview;
import dev.blogapi.client.model.MintedToken;
import dev.blogapi.client.model.Post;
import dev.blogapi.client.model.PostInput;
import dev.blogapi.client.model.PostPatch;
import dev.blogapi.client.model.TokenInput;
import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;

/**
 * Smoke tour for the Java client (library native) generated from openapi/openapi.yaml and never
 * edited by hand: every operation, called as a script would, each answer asserted. Run by
 * openapi/clients/smoke.sh through Prism's validating proxy.
 */
public final class Smoke {

    private static int checks;

    public static void main(String[] args) throws Exception {
        String base = System.getenv().getOrDefault("BLOG_API_URL", "http://127.0.0.1:4010");
        String token = System.getenv().getOrDefault("BLOG_ADMIN_TOKEN", "");
        String run = Long.toString(System.currentTimeMillis(), 36);
        try {
            tour(client(base, token), client(base, null), base, run);
        } catch (ApiException e) {
            System.err.println(e.getCode() + " " + e.getResponseBody());
            System.out.println("java client smoke: " + checks + " passed, 1 failed");
            System.exit(1);
        } catch (AssertionError e) {
            System.err.println(e.getMessage());
            System.out.println("java client smoke: " + checks + " passed, 1 failed");
            System.exit(1);
        }
        System.out.println("java client smoke: " + checks + " passed, 0 failed");
    }

    private static void tour(ApiClient admin, ApiClient anonymous, String base, String run)
            throws Exception {
        PostsApi posts = new PostsApi(admin);
        PostsApi publicPosts = new PostsApi(anonymous);
        CategoriesApi categories = new CategoriesApi(admin);
        FeedsApi feeds = new FeedsApi(anonymous);
        MigrationApi migration = new MigrationApi(admin);
        TokensApi tokens = new TokensApi(admin);

        Category category =
                categories.createCategory(new CategoryInput().name("Jigs " + run), null);
        check(category.getPostCount() == 0, "createCategory");
        check(
                categories
                        .replaceCategory(
                                category.getSlug(),
                                new CategoryInput().name("Jigs and tools " + run))
                        .getName()
                        .equals("Jigs and tools " + run),
                "replaceCategory");
        check(categories.getCategory(category.getSlug()) != null, "getCategory");
        check(
                categories.listCategories().stream()
                        .anyMatch(c -> c.getSlug().equals(category.getSlug())),
                "listCategories");

        // Media: a file uploaded as a multipart form, then a post's featured image.
        File pixel = File.createTempFile("pixel", ".gif");
        pixel.deleteOnExit();
        Files.write(
                pixel.toPath(),
                java.util.Base64.getDecoder()
                        .decode("R0lGODlhAQABAIAAAAAAAP///ywAAAAAAQABAAACAUwAOw=="));
        MediaApi media = new MediaApi(admin);
        // Straight to the service: Prism's proxy reads bodies as text and mangles a file's bytes
        // (stoplightio/prism#1321); the reads after it go through Prism.
        MediaApi directMedia =
                new MediaApi(
                        client(
                                System.getenv().getOrDefault("BLOG_SERVICE_URL", base),
                                System.getenv().getOrDefault("BLOG_ADMIN_TOKEN", "")));
        Media uploaded = directMedia.uploadMedia(null, null, null, pixel, "A pixel", null);
        check("image/gif".equals(uploaded.getContentType()), "uploadMedia: the type from the bytes");
        check(uploaded.getUrl().contains("/media/" + uploaded.getSha256() + "/"), "uploadMedia: url");
        check("A pixel".equals(media.getMedia(uploaded.getId()).getAlt()), "getMedia");
        Post framed =
                posts.createPost(
                        new PostInput()
                                .title("Framed " + run)
                                .status(PostInput.StatusEnum.PUBLISHED)
                                .contentHtml("<p><img src=\"" + uploaded.getUrl() + "\" alt=\"A pixel\"></p>")
                                .author("Grace Hopper")
                                .featuredImage(new FeaturedImage().url(uploaded.getUrl()).alt("A pixel")),
                        null);
        check(uploaded.getUrl().equals(framed.getFeaturedImage().getUrl()), "featured image from the library");

        PostInput input =
                new PostInput()
                        .title("Bench notes " + run)
                        .status(PostInput.StatusEnum.PUBLISHED)
                        .categories(List.of(category.getSlug()))
                        .contentHtml("<p>Sharpen <b>first</b>.</p>")
                        .author("Grace Hopper");
        Post post = posts.createPost(input, "java-" + run);
        check(posts.createPost(input, "java-" + run).getId().equals(post.getId()), "idempotent create");
        check(publicPosts.getPost(post.getId(), null, null, null).getTitle().equals("Bench notes " + run), "getPost");
        check(publicPosts.getPostBySlug(post.getSlug(), null, null, null).getId().equals(post.getId()), "getPostBySlug");
        // Straight to the service: a fields= answer is a subset the Post schema (which Prism
        // checks) cannot say, as its parameter documents.
        PostsApi direct = new PostsApi(client(System.getenv().getOrDefault("BLOG_SERVICE_URL", base), null));
        Post lean = direct.getPostBySlug(post.getSlug(), "slug,title", null, null);
        check(lean.getTitle().equals("Bench notes " + run) && lean.getContentHtml() == null, "getPostBySlug with fields");
        check(publicPosts.resolvePath(post.getPermalink(), null, null).getPost().getId().equals(post.getId()), "resolvePath");
        check(
                "feed".equals(String.valueOf(publicPosts.resolvePath("/feed/", null, null).getResolvedAddress().getKind())),
                "resolvePath: an old feed address is the site's feed");
        check(
                publicPosts.listPosts(null, category.getSlug(), null, null, null, 1, null, 10, null, null, null).getTotalItems()
                        == 1,
                "listPosts by category");
        check(
                publicPosts.listPosts(post.getAuthor().getSlug(), null, null, null, null, null, "sharpen", null, null, null, null)
                                .getTotalItems()
                        >= 1,
                "listPosts by author and search");
        check(!publicPosts.listArchive().isEmpty(), "listArchive");

        String etag =
                publicPosts.getPostWithHttpInfo(post.getId(), null, null, null).getHeaders().get("etag").get(0);
        // A merge patch with only the title: nothing else may be sent or blanked.
        Post patched = posts.patchPost(post.getId(), new PostPatch().title("Bench notes, revised " + run), etag);
        check(patched.getTitle().equals("Bench notes, revised " + run), "patchPost title");
        check(patched.getContentHtml().contains("<b>first</b>"), "patchPost keeps the body");
        check(patched.getCategories().size() == 1, "patchPost keeps the categories");
        check(status(() -> posts.patchPost(post.getId(), new PostPatch().excerpt("x"), etag)) == 412, "stale If-Match");
        Post replaced =
                posts.replacePost(post.getId(), input.title("Bench notes, replaced " + run), null);
        check(replaced.getTitle().equals("Bench notes, replaced " + run), "replacePost");
        Post draft = posts.createPost(new PostInput().title("Draft " + run), null);
        check(draft.getPublishedAt() == null, "a draft has no date");
        check(status(() -> publicPosts.getPost(draft.getId(), null, null, null)) == 404, "draft hidden");
        MintedPreview preview = posts.createPostPreview(draft.getId());
        check(
                new PreviewsApi(anonymous).openPreview(preview.getToken()).getId().equals(draft.getId()),
                "a preview link shows the draft");
        check(
                posts.listPosts(null, null, null, null, null, null, null, null, "draft", null, null).getItems().stream()
                        .anyMatch(p -> p.getId().equals(draft.getId())),
                "token lists drafts");

        String authorSlug = post.getAuthor().getSlug();
        check(new AuthorsApi(anonymous).getAuthor(authorSlug).getPostCount() >= 1, "getAuthor");
        check(
                new AuthorsApi(anonymous).listAuthors().stream()
                        .anyMatch(a -> a.getSlug().equals(authorSlug)),
                "listAuthors");
        check(feeds.getSite().getFeeds().getRss().endsWith("/feed.rss"), "getSite");
        // One operation per format: RSS and Atom as bytes, JSON Feed as a typed object.
        check(text(feeds.siteFeedRss(null, null)).contains("Bench notes"), "siteFeedRss");
        check(text(feeds.siteFeedAtom(null, null)).contains("Bench notes"), "siteFeedAtom");
        check(
                feeds.siteFeedJson(null, null).getItems().stream()
                        .anyMatch(item -> item.getTitle().startsWith("Bench notes")),
                "siteFeedJson is typed");
        check(text(feeds.categoryFeedRss(category.getSlug(), null, null)).contains("Bench notes"), "categoryFeedRss");
        check(text(feeds.categoryFeedAtom(category.getSlug(), null, null)).contains("Bench notes"), "categoryFeedAtom");
        check(feeds.categoryFeedJson(category.getSlug(), null, null).getItems().size() == 1, "categoryFeedJson");
        check(text(feeds.authorFeedRss(authorSlug, null, null)).contains("Bench notes"), "authorFeedRss");
        check(text(feeds.authorFeedAtom(authorSlug, null, null)).contains("Bench notes"), "authorFeedAtom");
        check(!feeds.authorFeedJson(authorSlug, null, null).getItems().isEmpty(), "authorFeedJson");
        check(feeds.siteFeedRssHeadWithHttpInfo(null, null).getStatusCode() == 200, "siteFeedRssHead");
        check(
                feeds.categoryFeedAtomHeadWithHttpInfo(category.getSlug(), null, null).getStatusCode() == 200,
                "categoryFeedAtomHead");
        check(feeds.authorFeedRssHeadWithHttpInfo(authorSlug, null, null).getStatusCode() == 200, "authorFeedRssHead");

        // Gated content: a members-only post is gated for anonymous readers, whole for a reader token.
        Post gated =
                posts.createPost(
                        new PostInput()
                                .title("Members only " + run)
                                .status(PostInput.StatusEnum.PUBLISHED)
                                .visibility(PostInput.VisibilityEnum.MEMBERS)
                                .contentHtml("<p>Free part.</p><!--members-only--><p>For members.</p>"),
                        null);
        check(publicPosts.getPost(gated.getId(), null, null, null).getGated(), "anonymous read is gated");
        MintedToken reader =
                tokens.mintToken(new TokenInput().name("reader " + run).role(TokenInput.RoleEnum.READER));
        check(
                new PostsApi(client(base, reader.getSecret()))
                        .getPost(gated.getId(), null, null, null)
                        .getContentHtml()
                        .contains("For members"),
                "a reader token reads it whole");
        tokens.revokeToken(reader.getId());
        posts.deletePost(gated.getId());

        MintedToken minted =
                tokens.mintToken(new TokenInput().name("ci " + run).role(TokenInput.RoleEnum.AUTHOR).author("Grace Hopper"));
        check(minted.getSecret().length() > 30, "mintToken");
        check(tokens.listTokens().stream().anyMatch(t -> t.getId().equals(minted.getId())), "listTokens");
        tokens.revokeToken(minted.getId());

        String rss =
                "<rss version=\"2.0\"><channel><title>Old</title><link>http://old.example/</link>"
                        + "<description>d</description><item><title>Imported "
                        + run
                        + "</title><guid isPermaLink=\"false\">urn:java:"
                        + run
                        + "</guid><pubDate>Sat, 30 Jun 2007 12:16:04 +0000</pubDate></item></channel></rss>";
        ImportReport report = migration.importFeed(rss, null, null, null);
        check(report.getCreated() == 1 && report.getFailed().isEmpty(), "importFeed");
        check(migration.importBlog(rss, null, null, null).getUnchanged() == 1, "importBlog again changes nothing");
        Export export = migration.exportBlog(false);
        check(export.getPosts().stream().anyMatch(p -> p.getGuid().equals("urn:java:" + run)), "exportBlog");
        check(migration.restoreExport(export, null).getFailed().isEmpty(), "restoreExport");

        posts.deletePost(post.getId());
        posts.deletePost(draft.getId());
        check(status(() -> publicPosts.getPost(post.getId(), null, null, null)) == 404, "deletePost");
        categories.deleteCategory(category.getSlug());
    }

    private static ApiClient client(String base, String token) {
        // HTTP/1.1: the JDK client's default h2c upgrade is not understood by every proxy.
        ApiClient client =
                new ApiClient()
                        .setHttpClientBuilder(
                                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1))
                        .setReadTimeout(Duration.ofSeconds(30));
        URI uri = URI.create(base);
        client.setScheme(uri.getScheme()).setHost(uri.getHost()).setPort(uri.getPort()).setBasePath("");
        if (token != null) {
            client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        }
        return client;
    }

    private static String text(File file) throws Exception {
        return Files.readString(file.toPath());
    }

    interface Call {
        Object run() throws ApiException;
    }

    private static int status(Call call) {
        try {
            call.run();
            return 200;
        } catch (ApiException e) {
            String type = e.getResponseHeaders().firstValue("content-type").orElse("");
            check(type.startsWith("application/problem+json"), "problem+json for " + e.getCode());
            return e.getCode();
        }
    }

    private static void check(boolean condition, String what) {
        if (!condition) {
            throw new AssertionError("FAILED: " + what);
        }
        checks++;
    }

    private Smoke() {}
}
