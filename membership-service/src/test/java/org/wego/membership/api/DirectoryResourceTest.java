package org.wego.membership.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.wego.testsupport.Tokens;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.wego.membership.api.StatusChangeResourceTest.change;
import static org.wego.testsupport.Problems.problem;

@QuarkusTest
class DirectoryResourceTest {

    @Test
    void publicDirectoryListsOnlyActiveMembersWithPublicFields() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String active = "dir-a-" + tag;
        String suspended = "dir-s-" + tag;
        for (String code : new String[]{active, suspended}) {
            Map<String, Object> body = new HashMap<>(MemberResourceTest.member(code, "UY", "AMERICAS"));
            body.put("name", "Montevideo " + code);
            given().auth().oauth2(Tokens.of("admin")).contentType(ContentType.JSON).body(body)
                    .post("/api/v1/membership/members").then().statusCode(201);
        }
        change("secretariat", suspended, "SUSPENDED", "2020-01-01", "arrears").statusCode(201);

        given().queryParam("q", tag).get("/api/v1/membership/directory")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items.code", contains(active))
                .body("items[0].joinedYear", equalTo(2008))
                .body("items[0]", not(hasKey("population")))
                .body("items[0]", not(hasKey("website")));
    }

    @Test
    void badFiltersAre400() {
        given().queryParam("type", "HONORARY").get("/api/v1/membership/directory").then().spec(problem(400));
        given().queryParam("country", "Uruguay").get("/api/v1/membership/directory").then().spec(problem(400));
    }
}
