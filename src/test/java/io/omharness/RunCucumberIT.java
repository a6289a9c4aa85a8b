package io.omharness;

import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectDirectories;
import org.junit.platform.suite.api.Suite;

/** The acceptance scenarios in features/, run by Failsafe in the integration-test phase. */
@Suite
@IncludeEngines("cucumber")
@SelectDirectories("features")
public class RunCucumberIT {
}
