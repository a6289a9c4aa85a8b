package io.omharness.genesys;

import io.omharness.ui.Dialog;
import io.omharness.ui.Landmark;
import io.omharness.ui.Locator;
import io.omharness.ui.Ui;

import java.util.List;

/** Admin > Contact Center > Queues: the queue list, one queue's page and its Members tab. */
public final class QueuesPage {
    private static final Locator CREATE_QUEUE = Locator.button("Create Queue");
    private static final Locator SEARCH = Locator.field("Search queues");
    private static final Locator QUEUE_LIST = Locator.role("table", "Queues");
    private static final Locator MEMBERS_TAB = Locator.tab("Members");
    private static final Locator ADD_MEMBER = Locator.button("Add Member");
    private static final Locator ADD_MEMBER_PANEL = Locator.role("group", "Add Member");
    private static final Locator PERSON_SEARCH = Locator.field("Search by name");
    private static final Locator ADD = Locator.button("Add").within(ADD_MEMBER_PANEL);
    private static final Locator MEMBER_LIST = Locator.role("table", "Members");
    private static final Locator NO_MEMBERS = Locator.text("This queue has no members yet.");
    private static final Locator MEMBER_NAMES = Locator.anyOf("rowheader").within(MEMBER_LIST);

    private final Ui ui;
    private final Dialog createDialog;

    public QueuesPage(Ui ui) {
        this.ui = ui;
        this.createDialog = new Dialog(ui, "Create Queue");
    }

    /** What the queue list shows: what {@link #createQueue} and {@link #openQueue} use. */
    public static List<Landmark> landmarks() {
        return Landmark.all(Locator.heading("Queues"), CREATE_QUEUE, SEARCH, QUEUE_LIST);
    }

    /** Create Queue > Name > Save; fails with the dialog's error when it refuses the name. */
    public void createQueue(String name) {
        ui.click(CREATE_QUEUE);
        createDialog.fill("Name", name);
        createDialog.submit("Save");
    }

    /** Searches the list for the queue and opens its page. */
    public void openQueue(String name) {
        ui.fill(SEARCH, name);
        ui.clickUntilShown(Locator.link(name).within(QUEUE_LIST), Locator.heading(name));
    }

    public void openMembersTab() {
        ui.click(MEMBERS_TAB);
        ui.find(ADD_MEMBER);
    }

    /** Adds a person to the open queue and waits until the member list shows them. */
    public void addMember(String userName) {
        Locator person = Locator.option(userName);
        ui.click(ADD_MEMBER);
        ui.fill(PERSON_SEARCH, userName);
        // The picker searches as one types and replaces its list when the search answers: a click that
        // lands while the list is replaced closes it without a choice. A person sees Add still disabled
        // and picks again.
        ui.await("choosing " + userName + " as the new member", d -> {
            if (ui.isShown(ADD.enabledOnly())) {
                return true;
            }
            if (ui.isShown(person)) {
                ui.click(person);
            } else {
                ui.fill(PERSON_SEARCH, userName);
            }
            return null;
        });
        ui.click(ADD);
        ui.find(Locator.role("rowheader", userName).within(MEMBER_LIST));
    }

    /** Names of the open queue's members, as the Members tab lists them. */
    public List<String> memberNames() {
        if (ui.firstShown(MEMBER_LIST, NO_MEMBERS) == 1) {
            return List.of();
        }
        return ui.names(MEMBER_NAMES);
    }

    /** A row of the Members table: the person's name and e-mail as shown. */
    public record Member(String name, String email) {
        boolean is(String nameOrEmail) {
            return name.equals(nameOrEmail) || email.equalsIgnoreCase(nameOrEmail);
        }
    }

    /** The open queue's members with their e-mail, as the Members tab lists them. */
    public List<Member> members() {
        if (ui.firstShown(MEMBER_LIST, NO_MEMBERS) == 1) {
            return List.of();
        }
        return ui.columns(MEMBER_LIST, "Name", "Email").stream().map(row -> new Member(row.get(0), row.get(1))).toList();
    }

    /** True when the Members tab lists the person, found by their name or their e-mail. */
    public boolean hasMember(String nameOrEmail) {
        return members().stream().anyMatch(m -> m.is(nameOrEmail));
    }
}
