@genesys
Feature: Creating a Message Flow and Open Messaging Integration
  A Message Flow and Open Messaging integration is how Genesys provides routing for messages that
  Salesforce Omni-Channel hands over. Each scenario follows numbered steps of the guide; what earlier
  steps would have built is arranged quickly through the Genesys Cloud API.

  Background:
    Given I am logged in to Genesys Cloud CX as an admin

  Scenario: 1. Ensure that your user in Genesys Cloud CX is a part of a queue
    Given my user is not a part of any queue
    When I create a new queue and add my user as a member
    Then my user is a member of the queue

  Scenario: 2-5. Create an Inbound Message flow that transfers to the queue, and publish it
    Given my user is a member of a queue
    When I find Architect in Genesys Cloud CX Admin and navigate to it
    And from the list of flows I select Inbound Message
    And I click Add to create a new flow and give it a descriptive name
    And in the Initial State I drag a Transfer to ACD option under the start point
    And I choose my queue from the drop down list
    And I press publish
    Then the flow is published and its Transfer to ACD targets my queue

  Scenario: 3. Optionally, use a flow you already have and skip ahead to Step 6
    Given a published Inbound Message flow that transfers to my queue
    When I find Architect in Genesys Cloud CX Admin and navigate to it
    And from the list of flows I select Inbound Message
    Then my existing flow is in the list
    When I navigate back to the Genesys Cloud CX Admin page and find Platforms under the Message container
    And I click to create a new integration and choose Open Messaging as the type
    And I give it a descriptive name, the webhook URL "https://whatever.com" and a secret token, and press save
    And I navigate back to the Genesys Cloud CX Admin console and search for Message Routing
    And I open up Message Routing and click to create a new message route
    And for the Flow option I choose my message flow and for the address the platform I created
    Then messages to the platform are routed to my flow

  Scenario: 6-8. Create an Open Messaging platform
    When I navigate back to the Genesys Cloud CX Admin page and find Platforms under the Message container
    And I click to create a new integration and choose Open Messaging as the type
    And I give it a descriptive name, the webhook URL "https://whatever.com" and a secret token, and press save
    Then the Open Messaging integration is created and active

  Scenario: 9-11. Create a message route from the flow to the platform
    Given a published Inbound Message flow that transfers to my queue
    And an Open Messaging platform
    When I navigate back to the Genesys Cloud CX Admin console and search for Message Routing
    And I open up Message Routing and click to create a new message route
    And for the Flow option I choose my message flow and for the address the platform I created
    Then messages to the platform are routed to my flow
    And nothing that existed before the run was changed

  @negative
  Scenario: 4-5. Publishing a Transfer to ACD without a queue is an Architect validation error
    Given my user is a member of a queue
    When I find Architect in Genesys Cloud CX Admin and navigate to it
    And from the list of flows I select Inbound Message
    And I click Add to create a new flow and give it a descriptive name
    And in the Initial State I drag a Transfer to ACD option under the start point
    And I press publish without choosing a queue
    Then Architect shows the validation error "Transfer to ACD: a queue is required."
    And the flow is not published

  @negative
  Scenario: 3. A flow name that already exists is refused in the Create Flow dialog
    Given a published Inbound Message flow that transfers to my queue
    When I find Architect in Genesys Cloud CX Admin and navigate to it
    And from the list of flows I select Inbound Message
    And I click Add and give the new flow the name of my existing flow
    Then the Create Flow dialog shows an error that the name already exists

  @negative
  Scenario Outline: 8. The platform form refuses <what>
    When I navigate back to the Genesys Cloud CX Admin page and find Platforms under the Message container
    And I click to create a new integration and choose Open Messaging as the type
    And I fill in a descriptive name, the webhook URL "<url>" and the secret token "<token>", and press save
    Then the form shows the error "<error>"
    And no Open Messaging integration was created

    Examples:
      | what                              | url                        | token            | error                                   |
      | the guide's secret token "123"    | https://whatever.com       | 123              | must be longer than 15 characters       |
      | a webhook URL on a custom port    | https://whatever.com:8443  | 0123456789abcdef | must not use a custom port              |
      | a webhook URL that is not https   | http://whatever.com        | 0123456789abcdef | must use https                          |

  Scenario: 3. Setting up a second time reuses the flow you already have and creates nothing twice
    Given the harness reuses what this run already built
    And I create a new queue and add my user as a member
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
    When I note the ids of this run's queue, flow and platform
    And I create a new queue and add my user as a member
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
    Then there is still exactly one queue, flow, platform and route of this run, the same as before
