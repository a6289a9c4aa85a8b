@e2e @genesys @salesforce
Feature: The whole guide, end to end
  Every step of "Creating a Message Flow and Open Messaging Integration" and "Syncing your Changes
  over to Salesforce", in order, through the user interfaces only; then the result is verified in
  Salesforce and through both APIs.

  Scenario: Build the Open Messaging setup in Genesys Cloud CX and sync it to Salesforce
    Given I am logged in to Genesys Cloud CX as an admin
    # Creating a Message Flow and Open Messaging Integration
    When I create a new queue and add my user as a member
    And I find Architect in Genesys Cloud CX Admin and navigate to it
    And from the list of flows I select Inbound Message
    And I click Add to create a new flow and give it a descriptive name
    And in the Initial State I drag a Transfer to ACD option under the start point
    And I choose my queue from the drop down list
    And I press publish
    And I navigate back to the Genesys Cloud CX Admin page and find Platforms under the Message container
    And I click to create a new integration and choose Open Messaging as the type
    And I give it a descriptive name, the webhook URL "https://whatever.com" and a secret token, and press save
    And I navigate back to the Genesys Cloud CX Admin console and search for Message Routing
    And I open up Message Routing and click to create a new message route
    And for the Flow option I choose my message flow and for the address the platform I created
    # Syncing your Changes over to Salesforce
    And I am logged in to Salesforce
    And I click on Setup
    And I search for Installed Packages
    And I locate the "Genesys Cloud CX for Salesforce External Routing" package and click Configure
    And I press Retrieve Options
    Then Salesforce lists my queue and my Open Messaging integration among the retrieved options
    And the Salesforce API returns the same records
    And my user is a member of the queue
    And the flow is published and its Transfer to ACD targets my queue
    And the Open Messaging integration is created and active
    And messages to the platform are routed to my flow
    And nothing that existed before the run was changed
