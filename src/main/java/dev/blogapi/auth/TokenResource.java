package dev.blogapi.auth;

import dev.blogapi.common.error.Problem;
import dev.blogapi.common.error.ProblemMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/tokens")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tokens", description = "API tokens for scripts and writers (admin only)")
@RolesAllowed(Role.ADMIN)
class TokenResource {

    private final TokenService tokens;

    TokenResource(TokenService tokens) {
        this.tokens = tokens;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "mintToken",
            summary = "Mint a token",
            description = "The secret is in this response only; the service keeps its hash.")
    @APIResponse(
            responseCode = "201",
            description = "Minted",
            content = @Content(schema = @Schema(implementation = MintedTokenResponse.class)))
    public Response mint(@Valid @NotNull TokenRequest request, UriInfo uri) {
        MintedTokenResponse minted = MintedTokenResponse.of(tokens.mint(request));
        return Response.created(uri.getAbsolutePathBuilder().path(minted.id().toString()).build())
                .entity(minted)
                .header("Cache-Control", "no-store")
                .build();
    }

    @GET
    @Operation(
            operationId = "listTokens",
            summary = "List tokens",
            description = "Newest first, without secrets.")
    @APIResponse(responseCode = "200", description = "The tokens")
    public List<TokenResponse> list() {
        return tokens.list();
    }

    @DELETE
    @Path("/{id}")
    // A deletion answers 204 or a problem: clients that accept only problem+json are served.
    @Produces({MediaType.APPLICATION_JSON, ProblemMapper.PROBLEM_JSON})
    @Operation(
            operationId = "revokeToken",
            summary = "Revoke a token",
            description = "The token stops working at once.")
    @APIResponse(responseCode = "204", description = "Revoked")
    @APIResponse(
            responseCode = "404",
            description = "No such token",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(implementation = Problem.class)))
    public void revoke(@PathParam("id") UUID id) {
        tokens.revoke(id);
    }
}
