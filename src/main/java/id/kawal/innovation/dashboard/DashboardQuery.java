package id.kawal.innovation.dashboard;

/** The dashboard page's filters: a year range and an OPD, each optional. */
public class DashboardQuery {

    private Integer from;
    private Integer to;
    private String opd;

    public Integer getFrom() {
        return from;
    }

    public void setFrom(Integer from) {
        this.from = from;
    }

    public Integer getTo() {
        return to;
    }

    public void setTo(Integer to) {
        this.to = to;
    }

    public String getOpd() {
        return opd;
    }

    public void setOpd(String opd) {
        this.opd = opd;
    }
}
