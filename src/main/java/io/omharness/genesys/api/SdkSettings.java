package io.omharness.genesys.api;

import com.mypurecloud.sdk.v2.ApiClient;

/** How the harness configures the SDK: retry rate limits and outages, log nothing (bodies may hold secrets). */
final class SdkSettings {
    private SdkSettings() {
    }

    static ApiClient.RetryConfiguration retries() {
        ApiClient.RetryConfiguration retry = new ApiClient.RetryConfiguration();
        retry.setMaxRetryTimeSec(30);
        retry.setRetryAfterDefaultMs(1000);
        retry.setBackoffIntervalMs(500);
        retry.setMaxRetriesBeforeBackoff(3);
        retry.setRetryMax(10);
        return retry;
    }

    static ApiClient.LoggingConfiguration quietLogging() {
        ApiClient.LoggingConfiguration logging = new ApiClient.LoggingConfiguration();
        logging.setLogLevel("none");
        logging.setLogRequestBody(false);
        logging.setLogResponseBody(false);
        logging.setLogToConsole(false);
        return logging;
    }
}
