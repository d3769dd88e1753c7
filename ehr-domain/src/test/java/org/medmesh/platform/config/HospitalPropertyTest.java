package org.medmesh.platform.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * {@link HospitalProperty}, the launcher ({@code server-config/bin/payara.sh}) and the README's configuration table
 * name the same properties, and the node reads every one of them.
 */
class HospitalPropertyTest {

    /** The repository, relative to this module (Maven runs the tests in the module's directory). */
    private static final Path ROOT = Path.of("..");
    private static final Path LAUNCHER = ROOT.resolve("server-config").resolve("bin").resolve("payara.sh");
    private static final Path README = ROOT.resolve("README.md");
    private static final List<String> MODULES = List.of("ehr-domain", "ehr-sync", "ehr-analytics", "ehr-web");

    /** In the launcher's desired_properties: a heredoc line {@code name=value}, or {@code printf 'name=value\n' …}. */
    private static final Pattern LAUNCHER_PROPERTY = Pattern
            .compile("^\\s*(?:printf ')?([a-z][a-z0-9-]*(?:\\.[a-z0-9%-]+)+)=");
    private static final Pattern BACKTICKED = Pattern.compile("`([^`]+)`");
    private static final Pattern INJECTED = Pattern.compile(
            "@ConfigProperty\\(name = HospitalProperty\\.Names\\.(\\w+)(?:, defaultValue = \"([^\"]*)\")?\\)");

    @Test
    void shouldListEveryPropertyTheLauncherSets() throws IOException {
        Set<String> launcher = launcherProperties();
        Set<String> listed = new TreeSet<>();
        for (HospitalProperty property : HospitalProperty.values()) {
            listed.add(pattern(property.key()));
        }
        List<String> unlisted = launcher.stream().filter(name -> !listed.contains(name)).toList();

        assertThat(launcher).as("properties read from desired_properties in " + LAUNCHER)
                .contains("hospital.id", "hospital.broker.peer.*.login");
        assertThat(unlisted).as("properties the launcher sets that HospitalProperty does not list (a dead property, "
                + "or one to add to HospitalProperty and the README)").isEmpty();
    }

    @Test
    void shouldListInTheReadmeEveryPropertyAndNoOther() throws IOException {
        Map<String, String> readme = readmeTable();
        Set<String> listed = new TreeSet<>();
        for (HospitalProperty property : HospitalProperty.values()) {
            listed.add(property.key());
        }

        assertThat(readme.keySet().stream().filter(name -> !listed.contains(name)).toList())
                .as("properties in the README's configuration table that HospitalProperty does not list").isEmpty();
        assertThat(listed.stream().filter(name -> !readme.containsKey(name)).toList())
                .as("properties of HospitalProperty missing from the README's configuration table").isEmpty();
    }

    @Test
    void shouldGiveInTheReadmeTheDefaultsOfHospitalProperty() throws IOException {
        Map<String, String> readme = readmeTable();
        List<String> wrong = new ArrayList<>();
        for (HospitalProperty property : HospitalProperty.values()) {
            String cell = readme.get(property.key());
            String quoted = "`" + property.defaultValue() + "`";
            if (property.defaultValue() != null && cell != null && !cell.contains(quoted)) {
                wrong.add(property.key() + ": default `" + property.defaultValue() + "`, README says " + cell);
            }
        }

        assertThat(wrong).as("defaults in the README's configuration table").isEmpty();
    }

    @Test
    void shouldBeReadByTheNodeEveryProperty() throws IOException {
        String sources = mainSources();
        List<String> unread = new ArrayList<>();
        for (HospitalProperty property : HospitalProperty.values()) {
            if (!Pattern.compile("\\bHospitalProperty\\.(?:Names\\.)?" + property.name() + "\\b").matcher(sources)
                    .find()) {
                unread.add(property.name() + " (" + property.key() + ")");
            }
        }

        assertThat(unread).as("properties no main code of " + MODULES + " reads (dead: remove them from "
                + "HospitalProperty, the README and the launcher)").isEmpty();
    }

    @Test
    void shouldInjectEveryPropertyWithTheDefaultOfHospitalProperty() throws IOException {
        Matcher injected = INJECTED.matcher(mainSources());
        List<String> wrong = new ArrayList<>();
        int count = 0;
        while (injected.find()) {
            count++;
            HospitalProperty property = HospitalProperty.valueOf(injected.group(1));
            if (!Objects.equals(injected.group(2), property.defaultValue())) {
                wrong.add(property.key() + ": injected with default " + injected.group(2) + ", HospitalProperty says "
                        + property.defaultValue());
            }
        }

        assertThat(count).as("@ConfigProperty injections found").isPositive();
        assertThat(wrong).as("@ConfigProperty defaults that differ from HospitalProperty's").isEmpty();
    }

    @Test
    void shouldNameInNamesEveryConstantUnderItsOwnIdentifier() throws IllegalAccessException {
        Map<String, Object> names = new TreeMap<>();
        for (Field field : HospitalProperty.Names.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && !field.isSynthetic()) {
                names.put(field.getName(), field.get(null));
            }
        }
        Map<String, Object> constants = new TreeMap<>();
        for (HospitalProperty property : HospitalProperty.values()) {
            constants.put(property.name(), property.key());
        }

        assertThat(names).isEqualTo(constants);
    }

    @Test
    void shouldNameAPatternPropertyForOnePeerOrIssuer() {
        assertThat(HospitalProperty.BROKER_PEER_LOGIN.key("hospB")).isEqualTo("hospital.broker.peer.hospB.login");
        assertThat(HospitalProperty.AUTH_ISSUER_ROLE_MAP.key("idp")).isEqualTo("hospital.auth.issuer.idp.role-map");
        assertThat(HospitalProperty.AUTH_ISSUER_ROLE_MAP.pattern()).isTrue();
        assertThat(HospitalProperty.ID.pattern()).isFalse();
        assertThatThrownBy(() -> HospitalProperty.ID.key("hospB")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("hospital.id");
    }

    /** The names desired_properties writes, a peer's id as {@code *}. */
    private static Set<String> launcherProperties() throws IOException {
        List<String> lines = Files.readAllLines(LAUNCHER, StandardCharsets.UTF_8);
        int start = lines.indexOf("desired_properties() {");
        assertThat(start).as("desired_properties() in " + LAUNCHER).isNotNegative();
        Set<String> names = new TreeSet<>();
        for (int i = start + 1; i < lines.size() && !lines.get(i).equals("}"); i++) {
            Matcher property = LAUNCHER_PROPERTY.matcher(lines.get(i));
            if (property.find()) {
                names.add(pattern(property.group(1)));
            }
        }
        return names;
    }

    /** The README's configuration table: each property named in a row's first cell, with the row's default cell. */
    private static Map<String, String> readmeTable() throws IOException {
        List<String> lines = Files.readAllLines(README, StandardCharsets.UTF_8);
        int header = lines.indexOf("## Configuration reference");
        assertThat(header).as("section 'Configuration reference' in " + README).isNotNegative();
        while (header < lines.size() && !lines.get(header).startsWith("| property |")) {
            header++;
        }
        assertThat(header).as("table header '| property | meaning | default |' in " + README).isLessThan(lines.size());
        Map<String, String> table = new LinkedHashMap<>();
        for (int i = header + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
            String[] cells = lines.get(i).split("\\|");
            Matcher name = BACKTICKED.matcher(cells[1]);
            while (name.find()) {
                table.put(name.group(1), cells[cells.length - 1].strip());
            }
        }
        assertThat(table).as("properties in the configuration table of " + README).containsKey("hospital.id");
        return table;
    }

    /** The main sources of the modules deployed in a node, but for {@link HospitalProperty} itself. */
    private static String mainSources() throws IOException {
        StringBuilder text = new StringBuilder();
        for (String module : MODULES) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(ROOT.resolve(module).resolve("src").resolve("main").resolve("java"))) {
                files = walk.filter(file -> file.toString().endsWith(".java"))
                        .filter(file -> !file.endsWith("HospitalProperty.java")).toList();
            }
            for (Path file : files) {
                text.append(Files.readString(file, StandardCharsets.UTF_8)).append('\n');
            }
        }
        return text.toString();
    }

    /** A name with its placeholder ({@code <id>}, {@code <name>}, the launcher's {@code %s}) written {@code *}. */
    private static String pattern(String name) {
        return name.replaceAll("<[^>]+>|%s", "*");
    }
}
