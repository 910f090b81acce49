/*
 * Swagger UI additions for the case-funnel API, wired in application.properties
 * (quarkus.swagger-ui.scripts, .plugins and .request-interceptor); see docs/security.md.
 *
 * 1. Reads are public. Their security is an empty requirement beside the optional Basic and bearer
 *    ones (credentials are needed only where a deployment sets read-policy=reader, and they are
 *    sent when you have authorised). Swagger UI counts the empty requirement as met and draws a
 *    closed lock on every read; here such an operation shows "public" instead of a lock. Writes
 *    keep Swagger UI's lock.
 * 2. Every request Swagger UI sends says X-Requested-With: XMLHttpRequest, so that the service's
 *    401 offers the Bearer challenge only and the browser opens no login dialog of its own; the
 *    problem document is shown as the response.
 */
(function () {
  "use strict";

  var PUBLIC = "public";

  /** Whether a list of security requirements has the empty one: anyone may call it. */
  function open(securities) {
    return (
      !!securities &&
      typeof securities.some === "function" &&
      securities.some(function (requirement) {
        return !!requirement && typeof requirement.isEmpty === "function" && requirement.isEmpty();
      })
    );
  }

  window.CaseFunnelOpenReads = function () {
    return {
      statePlugins: {
        auth: {
          wrapSelectors: {
            // read by the operation summary only, to pick the lock it draws
            isAuthorized: function (original) {
              return function (state, securities) {
                return open(securities) ? PUBLIC : original(securities);
              };
            }
          }
        }
      },
      wrapComponents: {
        authorizeOperationBtn: function (Original, system) {
          return function (props) {
            var React = system.React;
            if (props.isAuthorized !== PUBLIC) {
              return React.createElement(Original, props);
            }
            return React.createElement(
              "span",
              {
                className: "casefunnel-public",
                title:
                  "Public: anyone may call this. Credentials are sent when you have authorised," +
                  " and needed only where a deployment restricts reads.",
                style: {
                  fontSize: "12px",
                  padding: "0 6px",
                  color: "#3b4151",
                  whiteSpace: "nowrap"
                }
              },
              "public"
            );
          };
        }
      }
    };
  };

  window.CaseFunnelRequestInterceptor = function (request) {
    request.headers = request.headers || {};
    request.headers["X-Requested-With"] = "XMLHttpRequest";
    return request;
  };
})();
