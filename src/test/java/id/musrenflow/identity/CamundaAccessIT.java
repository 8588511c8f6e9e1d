package id.musrenflow.identity;

import id.musrenflow.TestTime;
import static org.assertj.core.api.Assertions.assertThat;

import id.musrenflow.HttpSession;
import id.musrenflow.PostgresIT;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** One identity everywhere: who may reach the engine REST API and the Camunda webapps, and who is refused. */
class CamundaAccessIT extends PostgresIT {

    private static final String PASSWORD = "musrenflow";

    private HttpSession session() {
        return new HttpSession(url(""));
    }

    @Test
    void engine_rest_without_credentials_is_401_with_a_basic_challenge() {
        HttpResponse<String> response = session().get("/engine-rest/engine");
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
        assertThat(response.body()).doesNotContain("default");
    }

    @Test
    void engine_rest_with_an_rt_heads_credentials_is_403_and_serves_no_data() {
        HttpResponse<String> response = session().getWithBasic("/engine-rest/process-definition", "rt003.medono", PASSWORD);
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).doesNotContain("\"key\"");
    }

    @Test
    void engine_rest_refuses_a_bappeda_planner_and_a_wrong_password() {
        assertThat(session().getWithBasic("/engine-rest/engine", "bappeda", PASSWORD).statusCode()).isEqualTo(403);
        assertThat(session().getWithBasic("/engine-rest/engine", "integrasi", "salah-sandi").statusCode()).isEqualTo(401);
    }

    @Test
    void engine_rest_serves_administrators_and_integration_accounts() {
        HttpResponse<String> admin = session().getWithBasic("/engine-rest/engine", "admin", PASSWORD);
        assertThat(admin.statusCode()).isEqualTo(200);
        assertThat(admin.body()).contains("default");
        HttpResponse<String> integration = session().getWithBasic("/engine-rest/group?firstResult=0&maxResults=100",
                "integrasi", PASSWORD);
        assertThat(integration.statusCode()).isEqualTo(200);
        assertThat(integration.body()).contains("lurah:33.75.01.1002", "ketua-rt:33.75.01.1002.002.003");
    }

    @Test
    void camunda_knows_musrenflow_users_and_position_groups() {
        HttpResponse<String> members = session().getWithBasic("/engine-rest/user?memberOfGroup=lurah:33.75.01.1002",
                "admin", PASSWORD);
        assertThat(members.body()).contains("\"id\":\"lurah.medono\"").doesNotContain("lurah.podosugih");
        HttpResponse<String> groups = session().getWithBasic("/engine-rest/group?member=plt.lurah.sapuro", "admin", PASSWORD);
        assertThat(groups.body()).contains("lurah:33.75.01.1004");
    }

    @Test
    void camunda_webapps_refuse_anonymous_users() {
        assertThat(session().get("/camunda/api/engine/engine/default/process-definition").statusCode()).isEqualTo(401);
        HttpResponse<String> browser = session().get("/camunda/app/cockpit/default/", "Accept", "text/html");
        assertThat(browser.statusCode()).isEqualTo(302);
        assertThat(browser.headers().firstValue("Location")).hasValueSatisfying(v -> assertThat(v).endsWith("/login"));
    }

    @Test
    void cockpit_is_refused_to_an_rt_head() {
        HttpSession rtHead = session();
        assertThat(rtHead.login("rt003.medono", PASSWORD).statusCode()).isEqualTo(302);
        HttpResponse<String> cockpit = rtHead.get("/camunda/app/cockpit/default/", "Accept", "text/html");
        assertThat(cockpit.statusCode()).isEqualTo(403);
        assertThat(cockpit.body()).contains("Akses ditolak", "Access denied");
        assertThat(rtHead.get("/camunda/api/engine/engine/default/process-definition").statusCode()).isEqualTo(403);
        assertThat(rtHead.get("/camunda/app/admin/default/").statusCode()).isEqualTo(403);
    }

    @Test
    void cockpit_and_admin_open_for_a_bappeda_planner() {
        HttpSession planner = session();
        planner.login("bappeda", PASSWORD);
        assertThat(planner.get("/camunda/app/cockpit/default/").statusCode()).isEqualTo(200);
        HttpResponse<String> auth = planner.get("/camunda/api/admin/auth/user/default");
        assertThat(auth.statusCode()).isEqualTo(200);
        assertThat(auth.body()).contains("\"userId\":\"bappeda\"", "cockpit", "admin").doesNotContain("tasklist");
        assertThat(planner.get("/camunda/api/engine/engine/default/process-definition").statusCode()).isEqualTo(200);
    }

    @Test
    void camundas_own_login_form_cannot_bypass_musrenflow_sign_in() {
        HttpResponse<String> direct = session().postForm("/camunda/api/admin/auth/user/default/login/cockpit",
                "username=admin&password=" + PASSWORD);
        assertThat(direct.statusCode()).isEqualTo(401);
        assertThat(direct.body()).doesNotContain("authorizedApps");
    }

    @Test
    void the_public_tracking_page_needs_no_sign_in_while_the_app_does() {
        assertThat(session().get("/lacak/U-" + TestTime.PLANNING_YEAR + "-3375011002-0001", "Accept", "text/html").statusCode()).isEqualTo(200);
        assertThat(session().get("/", "Accept", "text/html").statusCode()).isEqualTo(302);
    }
}
