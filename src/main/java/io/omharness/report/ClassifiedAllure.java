package io.omharness.report;

import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventHandler;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.HookTestStep;
import io.cucumber.plugin.event.PickleStepTestStep;
import io.cucumber.plugin.event.Result;
import io.cucumber.plugin.event.Status;
import io.cucumber.plugin.event.TestCaseFinished;
import io.cucumber.plugin.event.TestStepFinished;
import io.qameta.allure.cucumber7jvm.AllureCucumber7Jvm;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Allure results writer (AllureCucumber7Jvm) with each failed scenario classified first: it
 * remembers the step that failed and hands Allure the scenario's failure as a {@link ClassifiedFailure},
 * so the category in the report follows the exception and the step rather than words in the message.
 * Use it in cucumber.plugin instead of AllureCucumber7Jvm.
 */
public final class ClassifiedAllure implements ConcurrentEventListener {
    private final ConcurrentEventListener allure;
    private final Map<UUID, FailureClassifier.Where> failedAt = new ConcurrentHashMap<>();

    public ClassifiedAllure() {
        this(new AllureCucumber7Jvm());
    }

    ClassifiedAllure(ConcurrentEventListener allure) {
        this.allure = allure;
    }

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        allure.setEventPublisher(new EventPublisher() {
            @Override
            public <T> void registerHandlerFor(Class<T> type, EventHandler<T> handler) {
                publisher.registerHandlerFor(type, event -> handler.receive(classify(type, event)));
            }

            @Override
            public <T> void removeHandlerFor(Class<T> type, EventHandler<T> handler) {
                publisher.removeHandlerFor(type, handler);
            }
        });
    }

    private <T> T classify(Class<T> type, T event) {
        if (event instanceof TestStepFinished step) {
            remember(step);
        } else if (event instanceof TestCaseFinished finished) {
            return type.cast(classified(finished));
        }
        return event;
    }

    private void remember(TestStepFinished e) {
        if (e.getResult().getStatus() != Status.FAILED) {
            return;
        }
        FailureClassifier.Where where = e.getTestStep() instanceof PickleStepTestStep step
                ? FailureClassifier.Where.step(step.getStep().getKeyword() + step.getStep().getText())
                : FailureClassifier.Where.hook(e.getTestStep() instanceof HookTestStep hook
                        ? hook.getHookType() + " " + hook.getCodeLocation() : e.getTestStep().getCodeLocation());
        failedAt.putIfAbsent(e.getTestCase().getId(), where);
    }

    private TestCaseFinished classified(TestCaseFinished e) {
        FailureClassifier.Where where = failedAt.remove(e.getTestCase().getId());
        Result result = e.getResult();
        if (result.getStatus() != Status.FAILED || result.getError() == null) {
            return e;
        }
        FailureClassifier.Where at = where != null ? where : new FailureClassifier.Where("the scenario", false);
        Throwable error = result.getError();
        return new TestCaseFinished(e.getInstant(), e.getTestCase(), new Result(result.getStatus(), result.getDuration(),
                ClassifiedFailure.of(error, FailureClassifier.classify(error, at), at)));
    }
}
