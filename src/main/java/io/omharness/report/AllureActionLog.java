package io.omharness.report;

import io.omharness.ui.ActionLog;
import io.qameta.allure.Allure;
import io.qameta.allure.AllureLifecycle;
import io.qameta.allure.model.Status;
import io.qameta.allure.model.StepResult;

import java.util.UUID;
import java.util.function.Supplier;

/**
 * Page-object actions as nested Allure steps under the running Gherkin step: "Click button 'Save'",
 * "Type into field 'Name'" (never the value: it may be a secret). Outside a test (a CLI teardown, a
 * unit test without Allure) the action just runs.
 */
public final class AllureActionLog implements ActionLog {
    @Override
    public <T> T step(String action, Supplier<T> work) {
        AllureLifecycle lifecycle = Allure.getLifecycle();
        if (lifecycle.getCurrentTestCaseOrStep().isEmpty()) {
            return work.get();
        }
        String uuid = UUID.randomUUID().toString();
        lifecycle.startStep(uuid, new StepResult().setName(action).setStart(System.currentTimeMillis()));
        Status status = Status.BROKEN;
        try {
            T result = work.get();
            status = Status.PASSED;
            return result;
        } catch (AssertionError e) {
            status = Status.FAILED;
            throw e;
        } finally {
            Status ended = status;
            lifecycle.updateStep(uuid, step -> step.setStatus(ended).setStop(System.currentTimeMillis()));
            lifecycle.stopStep(uuid);
        }
    }
}
