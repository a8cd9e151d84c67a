package id.kawal.certificate;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kawal.support.KawalIntegrationTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The anonymous PDF check takes files up to 10 MB and ten checks a minute from one address. */
@KawalIntegrationTest
class VerificationUploadLimitsTest {

    @Autowired MockMvc mvc;

    static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    static MockMultipartFile pdf(int size) {
        byte[] bytes = new byte[size];
        byte[] header = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(header, 0, bytes, 0, header.length);
        return new MockMultipartFile("file", "sttpp.pdf", "application/pdf", bytes);
    }

    @Test
    void aFileOverTenMegabytesIsRefusedWith413InIndonesianOnThePageAndAsAProblemInTheApi() throws Exception {
        MockMultipartFile large = pdf(10 * 1024 * 1024 + 1);
        mvc.perform(multipart("/verify").file(large).with(csrf()).with(from("198.51.100.1")))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(content().string(containsString("Berkas lebih besar dari 10 MB")));
        mvc.perform(multipart("/api/public/verify").file(large).with(from("198.51.100.1")))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(jsonPath("$.status").value(413))
                .andExpect(jsonPath("$.detail", containsString("10 MB")));
    }

    @Test
    void theEleventhCheckInAMinuteFromOneAddressIsRefusedWith429AndRetryAfter() throws Exception {
        for (int i = 0; i < 10; i++) {
            mvc.perform(multipart("/api/public/verify").file(pdf(64)).with(from("198.51.100.2")))
                    .andExpect(status().isOk());
        }
        mvc.perform(multipart("/api/public/verify").file(pdf(64)).with(from("198.51.100.2")))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(jsonPath("$.detail", containsString("Terlalu banyak pemeriksaan")));
        mvc.perform(multipart("/verify").file(pdf(64)).with(csrf()).with(from("198.51.100.2")))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(content().string(containsString("Terlalu banyak pemeriksaan dari alamat Anda")));
        mvc.perform(multipart("/api/public/verify").file(pdf(64)).with(from("198.51.100.3")))
                .andExpect(status().isOk());
    }
}
