package org.medmesh.testsupport;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.openqa.selenium.JavascriptExecutor;

/**
 * The page a browser shows, checked by axe-core (Deque's accessibility engine: the {@code axe.min.js} its Selenium jar
 * carries, run in the page) against the WCAG 2.0 and 2.1 rules of levels A and AA.
 */
public final class Accessibility {

    private static final String AXE = engine();
    private static final String RUN = "var done = arguments[arguments.length - 1];"
            + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
            + ".then(function (r) { done(JSON.stringify({violations: r.violations.map(function (v) {"
            + "  return v.id + ' (' + v.impact + '): ' + v.help + ' at ' + v.nodes.map(function (n) {"
            + "    return n.target.join(' '); }).join(', '); })})); })"
            + ".catch(function (e) { done(JSON.stringify({error: String(e)})); });";

    private Accessibility() {
    }

    /** Every WCAG 2.1 A/AA rule the page breaks, each with the elements that break it; empty when none. */
    public static List<String> violations(Browser browser) {
        JavascriptExecutor page = (JavascriptExecutor) browser.driver();
        page.executeScript(AXE);
        String answer = (String) page.executeAsyncScript(RUN);
        JsonObject result = Json.createReader(new StringReader(answer)).readObject();
        if (result.containsKey("error")) {
            throw new IllegalStateException("axe-core could not check " + browser.path() + ": "
                    + result.getString("error"));
        }
        return result.getJsonArray("violations").getValuesAs(JsonString.class).stream().map(JsonString::getString)
                .toList();
    }

    private static String engine() {
        try (InputStream script = Accessibility.class.getClassLoader().getResourceAsStream("axe.min.js")) {
            if (script == null) {
                throw new IllegalStateException("axe.min.js is not on the test classpath (com.deque.html.axe-core)");
            }
            return new String(script.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
