package org.medmesh.operations;

import static org.assertj.core.api.Assertions.assertThat;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.medmesh.client.Reply;
import org.medmesh.testsupport.ContainerNode;

/**
 * The API document the node serves at {@code /openapi}, which the explorer and client generators read, is clean OpenAPI
 * 3.0 ({@link ApiDocumentRules}): swagger-parser finds nothing wrong with it and it has no member of Payara's own;
 * every operation has a unique id, a declared tag and a summary, answers with its real status codes, describes what it
 * answers with, types its parameters (no UUID or date as an object) and, when it answers with a page, takes page, size
 * and includeVoided.
 */
@ExtendWith(ArquillianExtension.class)
class ApiDocumentContainerIT {

    @Deployment(testable = false)
    static EnterpriseArchive hospitalNode() {
        return ContainerNode.ear();
    }

    @Test
    void isValidOpenApiWithOnlyItsOwnMembersAndReferencesThatResolve() {
        ApiDocumentRules document = served();
        assertThat(document.parserMessages()).as("swagger-parser's findings").isEmpty();
        assertThat(document.foreignTopLevelMembers()).as("top-level members OpenAPI does not define").isEmpty();
        assertThat(document.unresolvedReferences()).as("references to missing components").isEmpty();
    }

    @Test
    void identifiesTagsAndSummarisesEveryOperation() {
        ApiDocumentRules document = served();
        assertThat(document.operationsWithoutUniqueIds()).isEmpty();
        assertThat(document.untaggedOperations()).isEmpty();
        assertThat(document.operationsWithoutSummary()).isEmpty();
    }

    @Test
    void answersWithRealStatusCodesAndDescribesWhatItAnswersWith() {
        assertThat(served().undescribedAnswers()).isEmpty();
    }

    @Test
    void typesEveryParameterAndPagesWithPageSizeAndIncludeVoided() {
        ApiDocumentRules document = served();
        assertThat(document.untypedParameters()).isEmpty();
        assertThat(document.pagesWithoutPagingParameters()).isEmpty();
    }

    @Test
    void tellsWhatNeedsTheDatabaseThatItMayAnswer503WhileTheNodeIsDegraded() {
        ApiDocumentRules document = served();
        assertThat(document.statusCodes("POST /api/v1/patients")).contains("201", "503");
        assertThat(document.statusCodes("GET /api/v1/patients/{id}")).contains("200", "503");
        assertThat(document.statusCodes("GET /api/v1/hospital")).contains("200").doesNotContain("503");
    }

    private static ApiDocumentRules served() {
        Reply document = ContainerNode.NODE.send("GET", "openapi", null, null, "Accept", "application/json");
        assertThat(document.status()).as(document.request()).isEqualTo(200);
        return new ApiDocumentRules(document.body());
    }
}
