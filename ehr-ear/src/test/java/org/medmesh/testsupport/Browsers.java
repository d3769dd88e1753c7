package org.medmesh.testsupport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The browsers a test opens, closed after it; when the test failed, each one's page is kept first (a screenshot and its
 * source, {@code failed-<test>-<n>} in the screenshots directory) to show what the browser saw.
 */
public final class Browsers implements AfterEachCallback {

    private final String base;
    private final List<Browser> open = new ArrayList<>();

    public Browsers(String base) {
        this.base = base;
    }

    public Browser wardPc() {
        return opened(Browser::wardPc);
    }

    public Browser tablet() {
        return opened(Browser::tablet);
    }

    private Browser opened(Function<String, Browser> kind) {
        Browser browser = kind.apply(base);
        open.add(browser);
        return browser;
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        try {
            if (context.getExecutionException().isPresent()) {
                for (int i = 0; i < open.size(); i++) {
                    String name = "failed-" + context.getRequiredTestMethod().getName() + "-" + i;
                    open.get(i).screenshot(name);
                    Files.writeString(Path.of(System.getProperty("medmesh.screenshots.dir", "target/screenshots"),
                            name + ".html"),
                            "<!-- " + open.get(i).driver().getCurrentUrl() + " -->\n"
                                    + open.get(i).driver().getPageSource(),
                            StandardCharsets.UTF_8);
                }
            }
        } finally {
            open.forEach(Browser::close);
            open.clear();
        }
    }
}
