package io.parley.functions;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class VersionFunctionIT {

    @Test
    void reportsBuildAndExtractorVersionsThroughTheLambdaEventServer() {
        given().contentType("application/json").body("{}")
                .when().post()
                .then().statusCode(200)
                .body("name", equalTo("parley"))
                .body("version", matchesPattern("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"))
                .body("extractorVersion", matchesPattern("\\S+"));
    }
}
