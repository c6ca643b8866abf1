// A consumer of the openapi-generator Java client (library `native`, JDK 17) generated from
// generated/openapi.json, run against the Prism mock at BASE_URL: one call of every operation, the
// example contact parsed (dates, enums, an enum value the document does not list), a valid Create of
// each source, a 400 with the Webex error body for an invalid one, Retry-After from a 429. Each finding
// is one line on stdout for the test to check.
package webex;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import webex.contacts.ApiClient;
import webex.contacts.ApiException;
import webex.contacts.ApiResponse;
import webex.contacts.JSON;
import webex.contacts.api.BulkOperationsApi;
import webex.contacts.api.ReadingContactsApi;
import webex.contacts.api.WritingContactsApi;
import webex.contacts.model.*;

public final class Main {
  /** The value an anyOf wrapper (a documented enum, or any string) holds, as its JSON text. */
  static String raw(Object value) throws Exception {
    return JSON.getDefault().getMapper().writeValueAsString(value).replace("\"", "");
  }

  public static void main(String[] args) throws Exception {
    UUID orgId = UUID.fromString(System.getenv("ORG_ID"));
    UUID contactId = UUID.fromString(System.getenv("CONTACT_ID"));
    ContactSchemaUrn schemas = ContactSchemaUrn.fromValue(System.getenv("SCHEMAS"));
    // Each Create case (CASES: {rule: body}) read into the generated type, as a body would be before sending.
    var cases = JSON.getDefault().getMapper().readTree(System.getenv("CASES"));
    for (var names = cases.fieldNames(); names.hasNext(); ) {
      String rule = names.next();
      String verdict = "accepted";
      try {
        JSON.getDefault().getMapper().treeToValue(cases.get(rule), CreateContactRequest.class);
      } catch (Exception refused) {
        verdict = "refused";
      }
      System.out.println("rule " + verdict + " " + rule);
    }

    ApiClient api = new ApiClient();
    api.updateBaseUri(System.getenv("BASE_URL"));
    api.setRequestInterceptor(request -> request.header("Authorization", "Bearer any-token"));
    ReadingContactsApi reading = new ReadingContactsApi(api);
    WritingContactsApi writing = new WritingContactsApi(api);
    BulkOperationsApi bulk = new BulkOperationsApi(api);

    ApiResponse<Contact> got = reading.getContactWithHttpInfo(orgId, contactId);
    System.out.println("call getContact " + got.getStatusCode());
    Contact contact = got.getData();
    System.out.println("get created=" + contact.getMeta().getCreated().toInstant().toEpochMilli()
        + " method=" + raw(contact.getPrimaryContactMethod()) + " source=" + raw(contact.getSource())
        + " sipType=" + raw(contact.getSipAddresses().get(0).getType()));

    CreateChContactRequest ch = new CreateChContactRequest()
        .schemas(schemas)
        .source(ChSource.CH)
        .displayName("Front Desk")
        .emails(List.of(new EmailInput().value("frontdesk@example.com").type(EmailType.WORK)));
    ApiResponse<Contact> created = writing.createContactWithHttpInfo(orgId, new CreateContactRequest(ch));
    System.out.println("call createContact " + created.getStatusCode());
    System.out.println("create CH " + created.getStatusCode());

    CreateWebex4BroadworksContactRequest bw = new CreateWebex4BroadworksContactRequest()
        .schemas(schemas).source(Webex4BroadworksSource.WEBEX4_BROADWORKS).displayName("John Andersen");
    System.out.println("create Webex4Broadworks " + writing.createContactWithHttpInfo(orgId, new CreateContactRequest(bw)).getStatusCode());

    // The Java model does not refuse a CH body without a contact method: it is sent, and the server refuses it.
    try {
      writing.createContact(orgId, new CreateContactRequest(new CreateChContactRequest().schemas(schemas).source(ChSource.CH).displayName("No Way To Reach")));
      System.out.println("invalid accepted");
    } catch (ApiException refused) {
      ErrorResponse body = JSON.getDefault().getMapper().readValue(refused.getResponseBody(), ErrorResponse.class);
      System.out.println("invalid " + refused.getCode() + " " + body.getMessage());
    }

    try {
      reading.getContact(orgId, contactId, Map.of("Prefer", "code=429"));
      System.out.println("retry-after none");
    } catch (ApiException limited) {
      ErrorResponse body = JSON.getDefault().getMapper().readValue(limited.getResponseBody(), ErrorResponse.class);
      String wait = limited.getResponseHeaders().firstValue("Retry-After").orElseThrow();
      System.out.println("retry-after " + limited.getCode() + " " + Integer.parseInt(wait) + " " + body.getMessage());
    }

    UpdateContactRequest update = new UpdateContactRequest().schemas(schemas).source(ContactSource.CH).displayName("Front Desk (day)");
    System.out.println("call updateContact " + writing.updateContactWithHttpInfo(orgId, contactId, update).getStatusCode());

    System.out.println("call deleteContact " + writing.deleteContactWithHttpInfo(orgId, contactId).getStatusCode());

    ApiResponse<ContactList> listed = reading.listContactsWithHttpInfo(orgId, "Zhang", null, 10, null);
    System.out.println("call listContacts " + listed.getStatusCode() + " contacts " + listed.getData().getResult().size());

    BulkCreateChContactItem item = new BulkCreateChContactItem().source(ChSource.CH).displayName("Front Desk").emails(ch.getEmails());
    ApiResponse<BulkContactsResult> result = bulk.bulkCreateOrUpdateContactsWithHttpInfo(orgId, new BulkContactsRequest().schemas(schemas).contacts(List.of(new BulkContactItem(item))));
    System.out.println("call bulkCreateOrUpdateContacts " + result.getStatusCode() + " results " + result.getData().getContacts().size());

    BulkDeleteContactsRequest gone = new BulkDeleteContactsRequest().schemas(schemas).objectIds(List.of(contactId));
    System.out.println("call bulkDeleteContacts " + bulk.bulkDeleteContactsWithHttpInfo(orgId, gone).getStatusCode());
  }
}
