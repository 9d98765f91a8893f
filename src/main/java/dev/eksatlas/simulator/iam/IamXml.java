package dev.eksatlas.simulator.iam;

import dev.eksatlas.domain.IamRole;
import dev.eksatlas.domain.OidcProvider;
import dev.eksatlas.simulator.http.FormEncoding;
import dev.eksatlas.simulator.http.StableIds;
import dev.eksatlas.simulator.http.XmlWriter;
import java.util.Map;

/**
 * IAM shapes (botocore {@code iam/2010-05-08}) as query-protocol XML, members in model order.
 * The trust policy goes out URL-encoded, as IAM sends it; ListRoles leaves out what only GetRole
 * returns (tags, last use).
 */
final class IamXml {
    private IamXml() {
    }

    /** What IAM derives from a role for the wire; worked out once per role, the fleet never changes. */
    record Derived(String roleId, String encodedTrustPolicy) {
        static Derived of(IamRole r) {
            return new Derived("AROA" + StableIds.upper(r.arn(), 17), FormEncoding.encodeRfc3986(r.trustPolicy()));
        }
    }

    static void role(XmlWriter x, String element, IamRole r, Derived derived, boolean details) {
        x.open(element)
                .element("Path", r.path())
                .element("RoleName", r.name())
                .element("RoleId", derived.roleId())
                .element("Arn", r.arn())
                .element("CreateDate", r.createdAt())
                .element("AssumeRolePolicyDocument", derived.encodedTrustPolicy())
                .element("MaxSessionDuration", r.maxSessionDuration());
        if (details) {
            tags(x, r.tags());
            x.open("RoleLastUsed").element("LastUsedDate", r.lastUsedAt()).element("Region", r.lastUsedRegion()).close();
        }
        x.close();
    }

    static void provider(XmlWriter x, OidcProvider p) {
        x.element("Url", p.url());
        x.open("ClientIDList");
        p.clientIds().forEach(c -> x.element("member", c));
        x.close().open("ThumbprintList");
        p.thumbprints().forEach(t -> x.element("member", t));
        x.close().element("CreateDate", p.createdAt());
        tags(x, p.tags());
    }

    /** Tags as a {@code member} list; left out when there are none, as IAM does. */
    static void tags(XmlWriter x, Map<String, String> tags) {
        if (tags.isEmpty()) {
            return;
        }
        x.open("Tags");
        tags.forEach((k, v) -> x.open("member").element("Key", k).element("Value", v).close());
        x.close();
    }
}
