@salesforce
Feature: Syncing your Changes over to Salesforce
  Retrieve Options in the Genesys Cloud CX for Salesforce External Routing package queries Genesys
  Cloud for queues and messaging integrations and syncs them into Salesforce. The Genesys side is
  arranged through the Genesys Cloud API.

  Background:
    Given a queue with my user, a published Inbound Message flow to it, an Open Messaging platform and a message route
    And I am logged in to Salesforce

  Scenario: 1-4. Retrieve Options syncs the queue and the messaging integration into Salesforce
    When I click on Setup
    And I search for Installed Packages
    And I locate the "Genesys Cloud CX for Salesforce External Routing" package and click Configure
    And I press Retrieve Options
    Then Salesforce lists my queue and my Open Messaging integration among the retrieved options
    And the Salesforce API returns the same records

  @destructive
  Scenario: 4. A second Retrieve Options follows what changed in Genesys Cloud
    When I click on Setup
    And I search for Installed Packages
    And I locate the "Genesys Cloud CX for Salesforce External Routing" package and click Configure
    And I press Retrieve Options
    And my queue is deleted in Genesys Cloud
    And I press Retrieve Options
    Then Salesforce no longer lists my queue among the retrieved options
    And Salesforce still lists my Open Messaging integration once

  @negative @sandbox-only
  Scenario: 4. Retrieve Options with a wrong OAuth client secret shows the package's error
    When I click on Setup
    And I search for Installed Packages
    And I locate the "Genesys Cloud CX for Salesforce External Routing" package and click Configure
    And the package's Genesys Cloud OAuth client secret is wrong
    And I press Retrieve Options, which fails
    Then the package shows an error that Genesys Cloud rejected the OAuth client
