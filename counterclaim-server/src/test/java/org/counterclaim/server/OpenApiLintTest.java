package org.counterclaim.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.openapi.runtime.io.Format;
import io.smallrye.openapi.runtime.io.OpenApiParser;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.counterclaim.server.testkit.ApiContract;
import org.junit.jupiter.api.Test;
import org.openapitools.openapistylevalidator.OpenApiSpecStyleValidator;
import org.openapitools.openapistylevalidator.ValidatorParameters;
import org.openapitools.openapistylevalidator.styleerror.StyleError;

/**
 * {@code /openapi.json} passes a lint: it is a valid OpenAPI 3 document (the Swagger parser's
 * checks), OpenAPI Style Validator finds nothing, and the rules of Redocly's recommended set
 * that the style validator does not have hold (servers, unique URL-safe operationIds, security
 * declared on every operation, a 4xx answer for each).
 */
class OpenApiLintTest {

  private static final String DOCUMENT = ApiContract.document();

  @Test
  void the_document_is_valid_openapi() {
    SwaggerParseResult parsed = new OpenAPIParser().readContents(DOCUMENT, null, null);
    assertThat(parsed.getMessages()).isEmpty();
    assertThat(parsed.getOpenAPI().getPaths()).isNotEmpty();
  }

  @Test
  void the_style_validator_finds_nothing() throws Exception {
    var model = OpenApiParser.parse(
        new ByteArrayInputStream(DOCUMENT.getBytes(StandardCharsets.UTF_8)), Format.JSON);
    // every rule on, but an example and a description for every property of every schema
    // (Redocly's recommended set asks for neither), and paths in hyphen-case: a download's
    // segment has its file ending (incidents.csv), which the next test checks instead
    ValidatorParameters rules = new ValidatorParameters()
        .setValidateModelPropertiesExample(false)
        .setValidateModelPropertiesDescription(false)
        .setPathNamingConvention(ValidatorParameters.NamingConvention.AnyCase);
    List<StyleError> errors = new OpenApiSpecStyleValidator(model).validate(rules);
    assertThat(errors).extracting(StyleError::toString).isEmpty();
  }

  @Test
  void servers_operation_ids_security_and_errors_are_declared() {
    OpenAPI api = new OpenAPIParser().readContents(DOCUMENT, null, null).getOpenAPI();
    assertThat(api.getServers()).isNotEmpty();
    assertThat(api.getSecurity()).as("no security for the whole API").isNullOrEmpty();
    Set<String> ids = new HashSet<>();
    List<String> secured = new ArrayList<>();
    for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
      assertThat(path.getKey()).as("hyphen-case segments, a file ending on the last")
          .matches("(/([a-z0-9]+(-[a-z0-9]+)*|\\{[a-zA-Z]+}))+(\\.[a-z]+)?");
      for (Map.Entry<PathItem.HttpMethod, Operation> e :
          path.getValue().readOperationsMap().entrySet()) {
        Operation op = e.getValue();
        String where = e.getKey() + " " + path.getKey();
        assertThat(op.getOperationId()).as(where).matches("[A-Za-z][A-Za-z0-9]*");
        assertThat(ids.add(op.getOperationId())).as(where + ": unique operationId").isTrue();
        assertThat(op.getSecurity()).as(where + ": security declared").isNotNull();
        if (!op.getSecurity().isEmpty()) {
          assertThat(op.getSecurity().get(0).keySet())
              .isSubsetOf(api.getComponents().getSecuritySchemes().keySet());
          secured.add(where);
        }
        assertThat(op.getResponses().keySet()).as(where + ": a 4xx answer")
            .anyMatch(status -> status.startsWith("4"));
      }
    }
    // the write endpoint needs the token; extraction takes it where the server has one
    assertThat(secured).containsExactlyInAnyOrder("POST /api/reports", "POST /api/extract");
  }
}
