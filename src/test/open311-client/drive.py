"""Drives Gan Dan's Open311 GeoReport v2 endpoint with the unmodified third-party client `three`.

Usage: PYTHONPATH=three:relaxml python3 drive.py <endpoint> <jurisdiction_id> <api_key>
Prints one line per step ("STEP name: value") and exits non-zero at the first step that does not hold.
"""
import sys

from three import Three


def check(step, condition, value):
    print("STEP %s: %s" % (step, value))
    if not condition:
        print("FAILED %s" % step)
        sys.exit(1)


def main(endpoint, jurisdiction, api_key):
    client = Three(endpoint, jurisdiction=jurisdiction, api_key=api_key)
    discovery = client.discovery()
    check("discovery", "GeoReport_v2" in discovery["endpoints"][0]["specification"], discovery["endpoints"][0]["url"])
    services = client.services()
    codes = sorted(s["service_code"] for s in services)
    check("services", "PHAN_ANH" in codes and "KIEN_NGHI" in codes, ",".join(codes))
    definition = client.services("PHAN_ANH")
    check("definition", definition["service_code"] == "PHAN_ANH", definition["service_code"])
    created = client.post("PHAN_ANH", description=u"\u0110\u00e8n \u0111\u01b0\u1eddng tr\u01b0\u1edbc c\u1ed5ng tr\u01b0\u1eddng h\u1ecfng",
                          first_name=u"L\u00fd", last_name=u"\u0110\u1ed1i T\u00e1c", phone="0909123456")
    check("post-status", client.post_response.status_code == 201, client.post_response.status_code)
    request_id = created[0]["service_request_id"]
    check("post", request_id.startswith("GD-"), request_id)
    one = client.request(request_id)
    check("request", one[0]["service_request_id"] == request_id and one[0]["status"] in ("open", "closed"),
          "%s %s expected %s" % (one[0]["service_request_id"], one[0]["status"], one[0].get("expected_datetime")))
    listed = client.requests("PHAN_ANH")
    check("requests", any(r["service_request_id"] == request_id for r in listed), len(listed))
    refused = Three(endpoint, jurisdiction=jurisdiction, api_key="not-a-key").post("PHAN_ANH", description="x")
    check("bad-key", refused[0]["code"] == 403, refused[0]["description"])
    xml = Three(endpoint, jurisdiction=jurisdiction, format="xml")
    xml_one = xml.request(request_id)
    check("request-xml", request_id in str(xml_one), xml_one)
    print("ALL STEPS PASSED")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3])
