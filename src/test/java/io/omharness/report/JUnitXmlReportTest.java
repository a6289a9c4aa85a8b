package io.omharness.report;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class JUnitXmlReportTest {

    @Test
    void namesTestcasesAfterTheFeatureAndTheScenarioAndCountsOutcomes() throws Exception {
        String xml = JUnitXmlReport.xml(List.of(
                new JUnitXmlReport.Case("Creating a Message Flow", "1. Ensure that your user is a part of a queue",
                        Duration.ofMillis(4200), "passed", "", ""),
                new JUnitXmlReport.Case("Creating a Message Flow", "8. The platform form refuses the guide's token \"123\"",
                        Duration.ofMillis(900), "failure", "Expecting <a> & <b>", "java.lang.AssertionError: ...\n\tat x"),
                new JUnitXmlReport.Case("Syncing your Changes over to Salesforce", "4. Wrong OAuth secret",
                        Duration.ZERO, "skipped", "@sandbox-only", "")));

        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        Element root = doc.getDocumentElement();
        assertThat(root.getAttribute("tests")).isEqualTo("3");
        assertThat(root.getAttribute("failures")).isEqualTo("1");
        assertThat(root.getAttribute("skipped")).isEqualTo("1");
        assertThat(doc.getElementsByTagName("testsuite").getLength()).isEqualTo(2);
        Element failed = (Element) doc.getElementsByTagName("testcase").item(1);
        assertThat(failed.getAttribute("classname")).isEqualTo("Creating a Message Flow");
        assertThat(failed.getAttribute("name")).isEqualTo("8. The platform form refuses the guide's token \"123\"");
        assertThat(failed.getAttribute("time")).isEqualTo("0.900");
        Element failure = (Element) failed.getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("message")).isEqualTo("Expecting <a> & <b>");
        assertThat(failure.getTextContent()).startsWith("java.lang.AssertionError");
    }

    @Test
    void dropsCharactersXmlCannotHold() {
        assertThat(JUnitXmlReport.escape("a\u0007b<c>")).isEqualTo("ab&lt;c&gt;");
    }
}
