package dev.blogapi.auth;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class ApiTokenRepository implements PanacheRepositoryBase<ApiToken, UUID> {

    public Optional<ApiToken> findBySecretHash(String secretHash) {
        return find("secretHash", secretHash).firstResultOptional();
    }

    public boolean initialExists() {
        return count("initial", true) > 0;
    }

    public List<ApiToken> listNewestFirst() {
        return list("order by createdAt desc, id");
    }
}
