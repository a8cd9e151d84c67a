package id.kawal.innovation.dashboard;

import id.kawal.innovation.InnovationStatus;

/** One group of the dashboard's query: how many innovations of an OPD started in a year and now have a status. */
public record OpdYearCount(String opd, Integer year, InnovationStatus status, Long count) {
}
