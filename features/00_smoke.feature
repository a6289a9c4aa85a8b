@smoke
Feature: The harness runs on the embedded sandbox
  A quick check that the browser, the sandbox and the reports work before the guide's steps run.

  Scenario: The sandbox serves its home page to a real browser
    When I open the sandbox home page
    Then I see the heading "Sandbox is running"
