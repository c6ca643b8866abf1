// A consumer of the oapi-codegen client generated from generated/openapi.json, run against the Prism
// mock at BASE_URL: one call of every operation, the example contact parsed (dates, enums, an enum
// value the document does not list), a valid Create of each source, a 400 with the Webex error body
// for an invalid one, Retry-After from a 429. Each finding is one line on stdout for the test to check.
package main

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"strconv"
	"strings"

	"github.com/google/uuid"
	"webexcontacts/contacts"
)

func must(err error, what string) {
	if err != nil {
		fmt.Fprintf(os.Stderr, "%s: %v\n", what, err)
		os.Exit(1)
	}
}

func ptr[T any](v T) *T { return &v }

// raw is a union value (an anyOf of a documented enum and any string) as the JSON string it holds.
func raw(v json.Marshaler) string {
	b, err := v.MarshalJSON()
	must(err, "marshal union")
	return strings.Trim(string(b), `"`)
}

func header(name, value string) contacts.RequestEditorFn {
	return func(_ context.Context, req *http.Request) error {
		req.Header.Set(name, value)
		return nil
	}
}

func main() {
	ctx := context.Background()
	orgID := uuid.MustParse(os.Getenv("ORG_ID"))
	contactID := uuid.MustParse(os.Getenv("CONTACT_ID"))
	// Each Create case (CASES: {rule: body}) read into the generated type, as a body would be before sending.
	var cases map[string]json.RawMessage
	must(json.Unmarshal([]byte(os.Getenv("CASES")), &cases), "CASES")
	for rule, body := range cases {
		var parsed contacts.CreateContactRequest
		verdict := "accepted"
		if json.Unmarshal(body, &parsed) != nil {
			verdict = "refused"
		}
		fmt.Println("rule", verdict, rule)
	}

	client, err := contacts.NewClientWithResponses(os.Getenv("BASE_URL"), contacts.WithRequestEditorFn(header("Authorization", "Bearer any-token")))
	must(err, "client")

	got, err := client.GetContactWithResponse(ctx, orgID, contactID)
	must(err, "getContact")
	fmt.Println("call getContact", got.StatusCode())
	c := got.JSON200
	fmt.Printf("get created=%d method=%s source=%s sipType=%s\n", c.Meta.Created.UnixMilli(), raw(c.PrimaryContactMethod), raw(c.Source), raw((*c.SipAddresses)[0].Type))

	ch := contacts.CreateChContactRequest{
		Schemas:     contacts.ContactSchemaUrn(os.Getenv("SCHEMAS")),
		Source:      contacts.ChSourceCH,
		DisplayName: ptr("Front Desk"),
		Emails:      &[]contacts.EmailInput{{Value: "frontdesk@example.com", Type: ptr(contacts.EmailTypeWork)}},
	}
	var body contacts.CreateContactRequest
	must(body.FromCreateChContactRequest(ch), "CH body")
	created, err := client.CreateContactWithResponse(ctx, orgID, body)
	must(err, "createContact CH")
	fmt.Println("call createContact", created.StatusCode())
	fmt.Println("create CH", created.StatusCode())

	bw := contacts.CreateWebex4BroadworksContactRequest{
		Schemas:     contacts.ContactSchemaUrn(os.Getenv("SCHEMAS")),
		Source:      contacts.Webex4BroadworksSourceWebex4Broadworks,
		DisplayName: "John Andersen",
	}
	must(body.FromCreateWebex4BroadworksContactRequest(bw), "Webex4Broadworks body")
	created, err = client.CreateContactWithResponse(ctx, orgID, body)
	must(err, "createContact Webex4Broadworks")
	fmt.Println("create Webex4Broadworks", created.StatusCode())

	// The Go types cannot refuse a CH body without a contact method: it is sent, and the server refuses it.
	invalid := contacts.CreateChContactRequest{Schemas: ch.Schemas, Source: contacts.ChSourceCH, DisplayName: ptr("No Way To Reach")}
	must(body.FromCreateChContactRequest(invalid), "invalid body")
	refused, err := client.CreateContactWithResponse(ctx, orgID, body)
	must(err, "createContact invalid")
	fmt.Printf("invalid %d %s\n", refused.StatusCode(), *refused.JSON400.Message)

	limited, err := client.GetContactWithResponse(ctx, orgID, contactID, header("Prefer", "code=429"))
	must(err, "getContact 429")
	wait, err := strconv.Atoi(limited.HTTPResponse.Header.Get("Retry-After"))
	must(err, "Retry-After")
	fmt.Printf("retry-after %d %d %s\n", limited.StatusCode(), wait, *limited.JSON429.Message)

	updated, err := client.UpdateContactWithResponse(ctx, orgID, contactID, contacts.UpdateContactRequest{
		Schemas: ch.Schemas, Source: contacts.ContactSource("CH"), DisplayName: ptr("Front Desk (day)"),
	})
	must(err, "updateContact")
	fmt.Println("call updateContact", updated.StatusCode())

	deleted, err := client.DeleteContactWithResponse(ctx, orgID, contactID)
	must(err, "deleteContact")
	fmt.Println("call deleteContact", deleted.StatusCode())

	listed, err := client.ListContactsWithResponse(ctx, orgID, &contacts.ListContactsParams{Keyword: ptr("Zhang"), Limit: ptr(10)})
	must(err, "listContacts")
	fmt.Println("call listContacts", listed.StatusCode(), "contacts", len(listed.JSON200.Result))

	var item contacts.BulkContactItem
	must(item.FromBulkCreateChContactItem(contacts.BulkCreateChContactItem{Source: contacts.ChSourceCH, DisplayName: ptr("Front Desk"), Emails: ch.Emails}), "bulk item")
	bulk, err := client.BulkCreateOrUpdateContactsWithResponse(ctx, orgID, contacts.BulkContactsRequest{Schemas: ch.Schemas, Contacts: []contacts.BulkContactItem{item}})
	must(err, "bulkCreateOrUpdateContacts")
	fmt.Println("call bulkCreateOrUpdateContacts", bulk.StatusCode(), "results", len(*bulk.JSON200.Contacts))

	bulkDeleted, err := client.BulkDeleteContactsWithResponse(ctx, orgID, contacts.BulkDeleteContactsRequest{Schemas: ch.Schemas, ObjectIds: []uuid.UUID{contactID}})
	must(err, "bulkDeleteContacts")
	fmt.Println("call bulkDeleteContacts", bulkDeleted.StatusCode())
}
