package id.kawal.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kawal.support.KawalIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The headers that keep a browser safe on Kawal's pages: a content security policy with no script and no inline
 * style, no referrer sent to other sites, and a session cookie that other sites' forms cannot send.
 */
@KawalIntegrationTest
class SecurityHeadersTest {

    @Autowired MockMvc mvc;

    @Test
    void pagesCarryAContentSecurityPolicyAndASameOriginReferrerPolicy() throws Exception {
        mvc.perform(get("/").with(user("mentor").roles("MENTOR")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", allOf(containsString("default-src 'self'"),
                        containsString("script-src 'none'"), containsString("style-src 'self'"),
                        containsString("object-src 'none'"), containsString("frame-ancestors 'self'"),
                        not(containsString("unsafe-inline")))))
                .andExpect(header().string("Referrer-Policy", "same-origin"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
        mvc.perform(get("/login"))
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'none'")));
    }

    @Test
    void camundasOwnWebappsKeepTheirOwnPolicy() throws Exception {
        mvc.perform(get("/camunda/app/cockpit/default/").with(user("admin").roles("ADMIN")))
                .andExpect(header().string("Content-Security-Policy", not(containsString("script-src 'none'"))));
    }

    @Test
    void theSessionCookieIsHttpOnlyAndLaxAndSecureOverHttps() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(header().string("Set-Cookie", allOf(containsString("SameSite=Lax"), containsString("HttpOnly"),
                        not(containsString("Secure")))));
        mvc.perform(get("/login").secure(true))
                .andExpect(header().string("Set-Cookie", allOf(containsString("SameSite=Lax"), containsString("Secure"))));
    }
}
