// Starts Web Chat on the page: fetches a Direct Line token from our backend (which holds any
// secret), then renders the widget. Settings come from the JSON block the server rendered.
(function () {
  'use strict';

  // currentScript is only set while this file first runs, so the nonce is read now.
  var nonce = document.currentScript && document.currentScript.nonce;
  var config = JSON.parse(document.getElementById('faqbot-config').textContent);
  var params = new URLSearchParams(window.location.search);
  var webSocket = params.has('webSocket') ? params.get('webSocket') !== 'false' : config.webSocket;

  function showError(message) {
    var status = document.getElementById('faqbot-status');
    if (status) {
      status.textContent = message;
      status.classList.add('faqbot-error');
    }
  }

  // The bot links excerpts to its article pages with root-relative URLs. Web Chat turns any link
  // that is not http(s) into a citation button instead of a link, so they are made absolute here,
  // against this page's origin, before Web Chat renders the markdown.
  var renderMarkdown = window.WebChat && window.WebChat.renderMarkdown;
  function absoluteLinks(markdown) {
    return typeof markdown === 'string'
      ? markdown.replace(/\]\(\/(?!\/)/g, '](' + window.location.origin + '/')
      : markdown;
  }

  function start() {
    fetch(config.tokenUrl, { method: 'POST', credentials: 'same-origin' })
      .then(function (response) {
        if (!response.ok) {
          throw new Error('token request failed with ' + response.status);
        }
        return response.json();
      })
      .then(function (grant) {
        var directLine = window.WebChat.createDirectLine({
          // DLJS wants an absolute domain with the /v3/directline path and no trailing slash.
          domain: new URL(grant.domain || config.domain, window.location.href).href.replace(/\/$/, ''),
          token: grant.token,
          webSocket: webSocket
        });
        window.WebChat.renderWebChat(
          {
            directLine: directLine,
            nonce: nonce,
            locale: navigator.language || 'en-US',
            renderMarkdown: renderMarkdown && function (markdown, options, extra) {
              return renderMarkdown(absoluteLinks(markdown), options, extra);
            },
            styleOptions: {
              botAvatarImage: config.avatarUrl,
              botAvatarInitials: 'FB',
              userAvatarInitials: 'You',
              hideUploadButton: true,
              // Defence in depth: raw HTML inside markdown is shown as text, never rendered.
              markdownRenderHTML: false,
              accent: '#0f6e6e',
              bubbleBorderRadius: 8,
              bubbleFromUserBorderRadius: 8,
              suggestedActionLayout: 'flow',
              sendBoxTextWrap: true
            }
          },
          document.getElementById('webchat')
        );
        document.querySelector('#webchat').setAttribute('data-transport', webSocket ? 'websocket' : 'polling');
      })
      .catch(function (error) {
        showError('Could not connect to ' + config.botName + ': ' + error.message + '. Reload to try again.');
      });
  }

  if (!window.WebChat) {
    showError('The chat widget failed to load.');
    return;
  }
  start();
})();
