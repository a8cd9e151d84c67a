package id.kawal.innovation.handover;

import jakarta.validation.constraints.Size;

/**
 * What the outgoing owner hands over, item by item: each is ticked as handed over, or says in its note why not. The
 * accounts item names the accounts and where their access is kept, never a password itself.
 */
public class ChecklistForm {

    private boolean documentsDone;
    @Size(max = 4000, message = "{field.tooLong}")
    private String documentsNote;
    private boolean accountsDone;
    @Size(max = 4000, message = "{field.tooLong}")
    private String accountsNote;
    private boolean contactsDone;
    @Size(max = 4000, message = "{field.tooLong}")
    private String contactsNote;
    private boolean issuesDone;
    @Size(max = 4000, message = "{field.tooLong}")
    private String issuesNote;

    public ChecklistForm() {
    }

    /** Every item ticked, each with its note. */
    public static ChecklistForm allDone(String documents, String accounts, String contacts, String issues) {
        ChecklistForm form = new ChecklistForm();
        form.documentsDone = form.accountsDone = form.contactsDone = form.issuesDone = true;
        form.documentsNote = documents;
        form.accountsNote = accounts;
        form.contactsNote = contacts;
        form.issuesNote = issues;
        return form;
    }

    public boolean isDocumentsDone() {
        return documentsDone;
    }

    public void setDocumentsDone(boolean documentsDone) {
        this.documentsDone = documentsDone;
    }

    public String getDocumentsNote() {
        return documentsNote;
    }

    public void setDocumentsNote(String documentsNote) {
        this.documentsNote = documentsNote;
    }

    public boolean isAccountsDone() {
        return accountsDone;
    }

    public void setAccountsDone(boolean accountsDone) {
        this.accountsDone = accountsDone;
    }

    public String getAccountsNote() {
        return accountsNote;
    }

    public void setAccountsNote(String accountsNote) {
        this.accountsNote = accountsNote;
    }

    public boolean isContactsDone() {
        return contactsDone;
    }

    public void setContactsDone(boolean contactsDone) {
        this.contactsDone = contactsDone;
    }

    public String getContactsNote() {
        return contactsNote;
    }

    public void setContactsNote(String contactsNote) {
        this.contactsNote = contactsNote;
    }

    public boolean isIssuesDone() {
        return issuesDone;
    }

    public void setIssuesDone(boolean issuesDone) {
        this.issuesDone = issuesDone;
    }

    public String getIssuesNote() {
        return issuesNote;
    }

    public void setIssuesNote(String issuesNote) {
        this.issuesNote = issuesNote;
    }
}
