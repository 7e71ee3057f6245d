package io.dbarch.knowledge.design.security;

import java.util.List;

/**
 * Roles, the least-privilege GRANT script, encryption, auditing and secrets rotation.
 *
 * @param grantScript PostgreSQL script creating the roles and granting exactly what each needs
 */
public record SecurityDesign(List<Role> roles, String grantScript, List<String> encryption, List<String> auditing,
                             List<String> secrets) {

    public SecurityDesign {
        roles = List.copyOf(roles);
        encryption = List.copyOf(encryption);
        auditing = List.copyOf(auditing);
        secrets = List.copyOf(secrets);
    }

    /** A role and what it may do. */
    public record Role(String name, String purpose, String privileges) {
    }
}
